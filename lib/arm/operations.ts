import type { JobSpeed, JobState } from '../domain/jobs/job-state';
import type { ArmOperationStatus } from '../schemas/arm-resources';
import type { ApiVersion } from './api-versions';
import type { ArmIds } from './resource-ids';

// Long-running operations. A reprotect, failover or commit of an item or a plan, a job's
// cancel, restart or resume answers 202 at once; the job it starts or acts on is the operation, so the
// operation's id is the job's. Azure-AsyncOperation is its status (InProgress,
// Succeeded, Failed, Canceled with the job's error); Location is its result: 202 while
// it runs, then the item, the plan or the job.

export const OPERATION_ACTIONS = ['reProtect', 'unplannedFailover', 'failoverCommit', 'cancel', 'restart', 'resume'] as const;
export type OperationAction = (typeof OPERATION_ACTIONS)[number];

/** Operations on an item or a plan, whose result is that item or plan once its job succeeds. */
export const RESOURCE_ACTIONS: ReadonlySet<OperationAction> = new Set(['reProtect', 'unplannedFailover', 'failoverCommit']);
/** Commands of a job's own blade. */
export type JobCommandAction = Extract<OperationAction, 'cancel' | 'restart' | 'resume'>;

export function isOperationAction(value: string): value is OperationAction {
  return (OPERATION_ACTIONS as readonly string[]).includes(value);
}

export function operationUrls(origin: string, ids: ArmIds, jobId: string, action: OperationAction, apiVersion: ApiVersion) {
  const base = `${origin}${ids.job(jobId)}`;
  const query = `?api-version=${apiVersion}`;
  return {
    asyncOperation: `${base}/operationStatus/${action}${query}`,
    location: `${base}/operationResults/${action}${query}`,
  };
}

/** How long a client should wait between polls: jobs of the demo run minutes, of the tests seconds. */
export function retryAfterSeconds(speed: JobSpeed): number {
  return speed === 'realistic' ? 10 : 1;
}

export function acceptedHeaders(urls: ReturnType<typeof operationUrls>, speed: JobSpeed): Record<string, string> {
  return { 'Azure-AsyncOperation': urls.asyncOperation, Location: urls.location, 'Retry-After': String(retryAfterSeconds(speed)) };
}

export interface OperationJob {
  id: string;
  state: JobState;
  startTime: string | null;
  endTime: string | null;
  /** The current attempt's latest error. */
  error: { errorCode: string; errorMessage: string } | null;
}

/** Where an operation stands, from its job. A cancel succeeds when the job ends cancelled; the others when it succeeds. */
export function operationStatus(job: OperationJob, action: OperationAction, id: string): ArmOperationStatus {
  const times = { ...(job.startTime ? { startTime: job.startTime } : {}), ...(job.endTime ? { endTime: job.endTime } : {}) };
  const base = { id, name: job.id, ...times };
  const running = job.state === 'NotStarted' || job.state === 'InProgress' || job.state === 'Suspended';
  if (running) return { ...base, status: 'InProgress' };
  if (action === 'cancel') {
    return job.state === 'Cancelled'
      ? { ...base, status: 'Succeeded' }
      : { ...base, status: 'Failed', error: { code: 'JobNotCancelled', message: `The job ended ${job.state} before it could be cancelled.` } };
  }
  if (job.state === 'Succeeded') return { ...base, status: 'Succeeded' };
  if (job.state === 'Cancelled') return { ...base, status: 'Canceled', error: { code: 'OperationCanceled', message: 'The job was cancelled.' } };
  const error = job.error ? { code: job.error.errorCode, message: job.error.errorMessage } : { code: 'JobFailed', message: 'The job failed.' };
  return { ...base, status: 'Failed', error };
}
