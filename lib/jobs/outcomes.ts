import 'server-only';
import { recordJobOutcome } from '../data/activity-log';
import { aggregateProgress } from '../domain/jobs/job-state';
import type { JobFailure, JobHandler, JobRecord, Tx } from './types';

// How a job ends. Each function runs inside the caller's transaction, together with
// the handler hook that puts the job's target back in order, so the Jobs view and
// the replicated item never disagree about the outcome. The operation that started
// the job gets its outcome in the activity log in the same transaction.

export async function finishSucceeded(tx: Tx, job: JobRecord, now: Date): Promise<void> {
  await tx.job.update({
    where: { id: job.id },
    data: { state: 'Succeeded', stateDescription: 'Completed', progress: 100, endTime: now, heartbeatAt: null },
  });
  await recordJobOutcome(tx, job.id, 'Succeeded', null);
}

export async function finishFailed(
  tx: Tx,
  job: JobRecord,
  taskId: string | null,
  failure: JobFailure,
  handler: JobHandler | undefined,
  now: Date,
): Promise<void> {
  if (taskId) await tx.jobTask.update({ where: { id: taskId }, data: { state: 'Failed', endTime: now } });
  await tx.jobError.create({
    data: { jobId: job.id, taskId, ...failure, errorLevel: 'Error', creationTime: now, attempt: job.attemptCount },
  });
  await tx.job.update({
    where: { id: job.id },
    data: { state: 'Failed', stateDescription: 'Failed', endTime: now, heartbeatAt: null },
  });
  await handler?.onFailed(tx, job, failure);
  await recordJobOutcome(tx, job.id, 'Failed', `${failure.errorCode}: ${failure.errorMessage}`);
}

/** Tasks that had not finished are Cancelled; finished ones keep their outcome. */
export async function finishCancelled(tx: Tx, job: JobRecord, handler: JobHandler | undefined, now: Date): Promise<void> {
  await tx.jobTask.updateMany({
    where: { jobId: job.id, state: 'InProgress' },
    data: { state: 'Cancelled', endTime: now },
  });
  await tx.jobTask.updateMany({
    where: { jobId: job.id, state: { in: ['NotStarted', 'Suspended'] } },
    data: { state: 'Cancelled' },
  });
  const tasks = await tx.jobTask.findMany({ where: { jobId: job.id }, select: { state: true, progress: true } });
  await tx.job.update({
    where: { id: job.id },
    data: {
      state: 'Cancelled',
      stateDescription: 'Cancelled',
      progress: aggregateProgress(tasks),
      endTime: now,
      heartbeatAt: null,
    },
  });
  await handler?.onCancelled(tx, job);
  await recordJobOutcome(tx, job.id, 'Failed', 'The job was cancelled.');
}

/** A runner-side error that is not one of the service's documented failures. */
export function internalFailure(detail: string): JobFailure {
  return {
    errorCode: 'InternalError',
    errorMessage: 'An internal error occurred while running the job.',
    possibleCauses: detail,
    recommendedAction: 'Restart the job. If it fails again, check the portal server logs.',
  };
}
