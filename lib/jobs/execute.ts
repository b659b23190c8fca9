import 'server-only';
import type { Db } from '../data/db';
import { aggregateProgress, clampPercent, type JobSpeed, type JobState } from '../domain/jobs/job-state';
import { LOST, whileOwned, type ClaimedJob } from './claim';
import { finishCancelled, finishFailed, finishSucceeded, internalFailure } from './outcomes';
import { StepInterrupted, type JobHandler, type RunnerHooks, type StepContext, type StepOutcome, type Tx } from './types';
import { abortableDelay } from './wait';

export interface ExecuteOptions {
  db: Db;
  job: ClaimedJob;
  handler: JobHandler;
  runnerId: string;
  speed: JobSpeed;
  /** Aborted with 'stopped' or 'lost' (an InterruptReason). */
  signal: AbortSignal;
  hooks?: RunnerHooks;
  /** A job claimed more often than this (its runners kept stopping) is failed instead of being run again. */
  maxClaims: number;
}

/** finished: the job reached a final state; interrupted: the runner stopped or lost the job mid-way. */
export type ExecuteResult = 'finished' | 'interrupted';

interface TaskView {
  id: string;
  name: string;
  state: JobState;
  progress: number;
}

/**
 * Runs a claimed job's tasks in order from the first one not yet Succeeded. A finished
 * task is never run again; an interrupted one is run again from its start. Cancel is
 * honoured at step boundaries, which is where the service checks it too.
 */
export async function executeJob(options: ExecuteOptions): Promise<ExecuteResult> {
  const { db, job, handler, runnerId, signal } = options;
  const tasks: TaskView[] = await db.jobTask.findMany({
    where: { jobId: job.id },
    orderBy: { order: 'asc' },
    select: { id: true, name: true, state: true, progress: true },
  });
  const owned = <T>(work: (tx: Tx, row: { cancelRequested: boolean }) => Promise<T>) => whileOwned(db, job.id, runnerId, work);
  const jobProgress = () => aggregateProgress(tasks);

  if (job.claimCount > options.maxClaims) {
    const failing = tasks.find((t) => t.state !== 'Succeeded') ?? null;
    const failure = internalFailure(`The job was started ${job.claimCount} times without finishing (the runner stopped each time).`);
    const result = await owned((tx) => finishFailed(tx, job, failing?.id ?? null, failure, handler, new Date()));
    return result === LOST ? 'interrupted' : 'finished';
  }

  for (const task of tasks) {
    if (task.state === 'Succeeded') continue;
    if (signal.aborted) return 'interrupted';

    // Step boundary: cancel, or start the task, in one locked write.
    const started = await owned(async (tx, row) => {
      const now = new Date();
      if (row.cancelRequested) {
        await finishCancelled(tx, job, handler, now);
        return 'cancelled' as const;
      }
      await tx.jobTask.update({
        where: { id: task.id },
        data: { state: 'InProgress', progress: 0, startTime: now, endTime: null },
      });
      Object.assign(task, { state: 'InProgress', progress: 0 });
      await tx.job.update({ where: { id: job.id }, data: { progress: jobProgress() } });
      return 'started' as const;
    });
    if (started === LOST) return 'interrupted';
    if (started === 'cancelled') return 'finished';

    const step = handler.steps.find((candidate) => candidate.name === task.name);
    let outcome: StepOutcome;
    try {
      await options.hooks?.beforeStep?.({ jobId: job.id, step: task.name, runnerId, claim: job.claimCount });
      outcome = step
        ? await step.run(stepContext(options, task, tasks))
        : { ok: false, failure: internalFailure(`No step named ${task.name} is defined for ${job.scenarioName} jobs.`) };
    } catch (error) {
      if (error instanceof StepInterrupted) return 'interrupted';
      outcome = { ok: false, failure: internalFailure(error instanceof Error ? error.message : String(error)) };
    }

    const finished = await owned(async (tx) => {
      const now = new Date();
      if (!outcome.ok) {
        await finishFailed(tx, job, task.id, outcome.failure, handler, now);
        return 'failed' as const;
      }
      await outcome.commit?.(tx);
      await tx.jobTask.update({ where: { id: task.id }, data: { state: 'Succeeded', progress: 100, endTime: now } });
      Object.assign(task, { state: 'Succeeded', progress: 100 });
      await tx.job.update({ where: { id: job.id }, data: { progress: jobProgress() } });
      return 'succeeded' as const;
    });
    if (finished === LOST) return 'interrupted';
    if (finished === 'failed') return 'finished';
  }

  const done = await owned((tx) => finishSucceeded(tx, job, new Date()));
  return done === LOST ? 'interrupted' : 'finished';
}

function stepContext(options: ExecuteOptions, task: TaskView, tasks: TaskView[]): StepContext {
  const { db, job, runnerId, signal, speed } = options;
  return {
    db,
    job,
    speed,
    async wait(ms) {
      try {
        await abortableDelay(ms, signal);
      } catch {
        throw new StepInterrupted(signal.reason === 'lost' ? 'lost' : 'stopped');
      }
    },
    async progress(percent) {
      task.progress = clampPercent(percent);
      // Plain conditional writes: progress is advisory, and a runner that lost the job writes nothing.
      const owner = { claimedBy: runnerId, state: 'InProgress' as const };
      await db.jobTask.updateMany({ where: { id: task.id, job: owner }, data: { progress: task.progress } });
      await db.job.updateMany({ where: { id: job.id, ...owner }, data: { progress: aggregateProgress(tasks) } });
    },
  };
}
