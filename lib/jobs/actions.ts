import 'server-only';
import { recordActivity } from '../data/activity-log';
import type { Db } from '../data/db';
import { jobTaskSelect } from '../data/jobs-detail';
import { attemptStarter } from '../data/activity-context';
import { isUniqueViolation } from '../data/refusals';
import { tasksForNextAttempt, type AttemptStarter } from '../domain/jobs/job-attempts';
import { jobActionUnavailableReason } from '../domain/jobs/job-display';
import { allowedActions } from '../domain/jobs/job-state';
import { TX_OPTIONS } from './claim';
import { finishCancelled } from './outcomes';
import { defaultRegistry, type JobRegistry } from './registry';
import { jobRecordSelect, type JobActionError, type JobActionErrorKind, type Tx } from './types';

// The operator's actions on a job (the service's /cancel and /restart). Server actions
// and the API call these; each decides under the job's row lock, so it is ordered
// against the runner's own writes to the same job.

export type JobActionResult = { ok: true } | { ok: false; error: JobActionError };

const refuse = (kind: JobActionErrorKind, message: string): JobActionResult => ({ ok: false, error: { kind, message } });

const NOT_FOUND = refuse('not-found', 'The job no longer exists.');

/** Locks a job (of that vault, when one is named) and reads what the actions decide on; null when there is none. */
async function lockJob(tx: Tx, jobId: string, vaultId?: string) {
  const locked = vaultId
    ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Job" WHERE id = ${jobId} AND "vaultId" = ${vaultId} FOR UPDATE`
    : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Job" WHERE id = ${jobId} FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.job.findUnique({
    where: { id: jobId },
    select: {
      ...jobRecordSelect,
      targetObjectName: true,
      state: true,
      stateDescription: true,
      progress: true,
      cancelRequested: true,
      startedVia: true,
      startedBy: true,
      startTime: true,
      endTime: true,
      tasks: {
        orderBy: { order: 'asc' },
        select: jobTaskSelect,
      },
    },
  });
}

/**
 * Cancels a job. A job no runner has started (or one waiting in Suspended) is
 * cancelled at once; a running one is flagged, and its runner cancels it at the
 * next step boundary. Either way the item goes back to where it was. Cancelling a
 * parent job (a recovery plan's) cancels its children that have not finished too.
 */
export async function requestCancel(db: Db, jobId: string, registry: JobRegistry = defaultRegistry, vaultId?: string): Promise<JobActionResult> {
  return db.$transaction(async (tx) => {
    const job = await lockJob(tx, jobId, vaultId);
    if (!job) return NOT_FOUND;
    if (!allowedActions(job.state, { cancelRequested: job.cancelRequested, scenarioName: job.scenarioName }).includes('Cancel')) {
      if (job.cancelRequested) return refuse('refused', 'Cancellation of this job has already been requested.');
      return refuse('refused', jobActionUnavailableReason('Cancel', job.state, job.cancelRequested, job.scenarioName) ?? `The job cannot be cancelled: it is ${job.state}.`);
    }
    const now = new Date();
    // Children first, so that the parent's outcome (written when it ends) sees them cancelled.
    const children = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Job" WHERE "parentJobId" = ${jobId} ORDER BY id FOR UPDATE`;
    for (const child of children) {
      const childJob = await lockJob(tx, child.id);
      const cancellable = { cancelRequested: childJob?.cancelRequested ?? true, scenarioName: childJob?.scenarioName };
      if (childJob && allowedActions(childJob.state, cancellable).includes('Cancel')) {
        await cancelLocked(tx, childJob, registry, now);
      }
    }
    await cancelLocked(tx, job, registry, now);
    await recordActivity(tx, { result: 'Succeeded', jobId, target: jobTarget(job) });
    return { ok: true } as const;
  }, TX_OPTIONS);
}

function jobTarget(job: { id: string; targetObjectName: string }) {
  return { type: 'job', id: job.id, name: job.targetObjectName };
}

/** Flags a job that may be cancelled (its row locked), and ends it now when no step boundary will come. */
async function cancelLocked(tx: Tx, job: NonNullable<Awaited<ReturnType<typeof lockJob>>>, registry: JobRegistry, now: Date) {
  await tx.job.update({ where: { id: job.id }, data: { cancelRequested: true } });
  const handler = registry.get(job.scenarioName);
  // No runner holds a queued or suspended job, so no step boundary will come: cancel now.
  if (job.state !== 'InProgress' || handler?.followsChildren) await finishCancelled(tx, job, handler, now);
}

type LockedJob = NonNullable<Awaited<ReturnType<typeof lockJob>>>;

/**
 * Starts a failed job's next attempt. The attempt that failed is kept as it ended (its
 * tasks, and its errors, which stay recorded under its number); the new one resumes at
 * the failed task: the tasks before it keep their results and do not run again. The
 * handler re-checks and re-marks the job's item; another active job on the item is a
 * conflict (the one-active-job-per-item index says so too, and is reported the same way).
 */
export async function restartJob(
  db: Db,
  jobId: string,
  registry: JobRegistry = defaultRegistry,
  vaultId?: string,
  // The caller of the request in progress, when there is one.
  starter: AttemptStarter = attemptStarter(),
): Promise<JobActionResult> {
  try {
    return await db.$transaction(async (tx) => {
      const job = await lockJob(tx, jobId, vaultId);
      if (!job) return NOT_FOUND;
      if (!allowedActions(job.state, { cancelRequested: job.cancelRequested }).includes('Restart')) {
        return refuse('refused', `Only a failed job can be restarted; this job is ${job.state}.`);
      }
      const handler = registry.get(job.scenarioName);
      if (!handler) return refuse('refused', 'This kind of job cannot be restarted.');
      const unknownStep = job.tasks.find((task) => !handler.steps.some((step) => step.name === task.name));
      if (unknownStep) return refuse('refused', 'This job was created by an earlier version of the service and cannot be restarted.');

      const refusal = await handler.onRestart(tx, job);
      if (refusal) return { ok: false, error: refusal } as const;

      await keepAttempt(tx, job);
      const nextAttempt = job.attemptCount + 1;
      const next = tasksForNextAttempt(job.tasks, nextAttempt);
      await tx.jobTask.updateMany({
        where: { jobId, order: { gte: next.resumeAt } },
        data: { state: 'NotStarted', progress: 0, startTime: null, endTime: null, ranInAttempt: nextAttempt },
      });
      await tx.job.update({
        where: { id: jobId },
        data: {
          state: 'NotStarted',
          stateDescription: null,
          // The job's times are its current attempt's: set again when a runner starts it.
          startTime: null,
          endTime: null,
          cancelRequested: false,
          claimedBy: null,
          heartbeatAt: null,
          claimCount: 0,
          attemptCount: nextAttempt,
          startedVia: starter.via,
          startedBy: starter.user,
          progress: next.progress,
        },
      });
      // Started: the job's end records how the restart turned out, under the same correlation.
      await recordActivity(tx, { result: 'Started', jobId, target: jobTarget(job) });
      return { ok: true } as const;
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) {
      return refuse('conflict', 'Another operation on this item has started. Wait for it to finish.');
    }
    throw error;
  }
}

/** The attempt that ended, as it ended: its outcome, times and tasks. Its errors stay where they are, under its number. */
async function keepAttempt(tx: Tx, job: LockedJob): Promise<void> {
  await tx.jobAttempt.create({
    data: {
      jobId: job.id,
      number: job.attemptCount,
      startedVia: job.startedVia,
      startedBy: job.startedBy,
      state: job.state,
      stateDescription: job.stateDescription,
      progress: job.progress,
      startTime: job.startTime,
      endTime: job.endTime,
      tasks: { create: job.tasks.map(({ id: _id, ...task }) => task) },
    },
  });
}

/**
 * Resumes a job waiting in Suspended: it goes back to its runners (InProgress with no
 * claim, so the next runner takes it up at once) and goes on at the task that waited.
 */
export async function resumeJob(db: Db, jobId: string, vaultId?: string): Promise<JobActionResult> {
  return db.$transaction(async (tx) => {
    const job = await lockJob(tx, jobId, vaultId);
    if (!job) return NOT_FOUND;
    if (!allowedActions(job.state, { cancelRequested: job.cancelRequested }).includes('Resume')) {
      return refuse('refused', `Only a job waiting for input (Suspended) can be resumed; this job is ${job.state}.`);
    }
    await tx.jobTask.updateMany({ where: { jobId, state: 'Suspended' }, data: { state: 'NotStarted', progress: 0, startTime: null } });
    await tx.job.update({ where: { id: jobId }, data: { state: 'InProgress', claimedBy: null, heartbeatAt: null } });
    await recordActivity(tx, { result: 'Started', jobId, target: jobTarget(job) });
    return { ok: true } as const;
  }, TX_OPTIONS);
}
