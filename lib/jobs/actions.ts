import type { Db } from '../data/db';
import { Prisma } from '../data/generated/prisma/client';
import { jobActionUnavailableReason } from '../domain/jobs/job-display';
import { aggregateProgress, allowedActions } from '../domain/jobs/job-state';
import { TX_OPTIONS } from './claim';
import { finishCancelled } from './outcomes';
import { defaultRegistry, type JobRegistry } from './registry';
import type { JobActionError, JobActionErrorKind, Tx } from './types';

// The operator's actions on a job (the service's /cancel and /restart). Server actions
// and the API call these; each decides under the job's row lock, so it is ordered
// against the runner's own writes to the same job.

export type JobActionResult = { ok: true } | { ok: false; error: JobActionError };

const refuse = (kind: JobActionErrorKind, message: string): JobActionResult => ({ ok: false, error: { kind, message } });

const NOT_FOUND = refuse('not-found', 'The job no longer exists.');

async function lockJob(tx: Tx, jobId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Job" WHERE id = ${jobId} FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.job.findUnique({
    where: { id: jobId },
    select: {
      id: true,
      vaultId: true,
      scenarioName: true,
      replicatedItemId: true,
      payload: true,
      attempts: true,
      state: true,
      cancelRequested: true,
      tasks: { orderBy: { order: 'asc' }, select: { id: true, order: true, name: true, state: true, progress: true } },
    },
  });
}

/**
 * Cancels a job. A job no runner has started (or one waiting in Suspended) is
 * cancelled at once; a running one is flagged, and its runner cancels it at the
 * next step boundary. Either way the item goes back to where it was. Cancelling a
 * parent job (a recovery plan's) cancels its children that have not finished too.
 */
export async function requestCancel(db: Db, jobId: string, registry: JobRegistry = defaultRegistry): Promise<JobActionResult> {
  return db.$transaction(async (tx) => {
    const job = await lockJob(tx, jobId);
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
    return { ok: true } as const;
  }, TX_OPTIONS);
}

/** Flags a job that may be cancelled (its row locked), and ends it now when no step boundary will come. */
async function cancelLocked(tx: Tx, job: NonNullable<Awaited<ReturnType<typeof lockJob>>>, registry: JobRegistry, now: Date) {
  await tx.job.update({ where: { id: job.id }, data: { cancelRequested: true } });
  const handler = registry.get(job.scenarioName);
  // No runner holds a queued or suspended job, so no step boundary will come: cancel now.
  if (job.state !== 'InProgress' || handler?.followsChildren) await finishCancelled(tx, job, handler, now);
}

/**
 * Queues a failed job again. It resumes at the failed task: the tasks before it keep
 * their results and do not run again. Earlier errors stay, as the job's history. The
 * handler re-checks and re-marks the job's item; another active job on the item is a
 * conflict (the one-active-job-per-item index says so too, and is reported the same way).
 */
export async function restartJob(db: Db, jobId: string, registry: JobRegistry = defaultRegistry): Promise<JobActionResult> {
  try {
    return await db.$transaction(async (tx) => {
      const job = await lockJob(tx, jobId);
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

      const resumeAt = job.tasks.find((task) => task.state !== 'Succeeded')?.order ?? job.tasks.length;
      await tx.jobTask.updateMany({
        where: { jobId, order: { gte: resumeAt } },
        data: { state: 'NotStarted', progress: 0, startTime: null, endTime: null },
      });
      const tasks = job.tasks.map((task) => (task.order >= resumeAt ? { ...task, state: 'NotStarted' as const, progress: 0 } : task));
      await tx.job.update({
        where: { id: jobId },
        data: {
          state: 'NotStarted',
          stateDescription: null,
          endTime: null,
          cancelRequested: false,
          claimedBy: null,
          heartbeatAt: null,
          // attempts counts claims since the job was last queued (it bounds crash loops).
          attempts: 0,
          progress: aggregateProgress(tasks),
        },
      });
      return { ok: true } as const;
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return refuse('conflict', 'Another operation on this item has started. Wait for it to finish.');
    }
    throw error;
  }
}
