import { PORTAL_STARTER, type AttemptStarter } from '../domain/jobs/job-attempts';
import { requestCancel, restartJob, type JobActionResult } from '../jobs/actions';
import { defaultRegistry } from '../jobs/registry';
import { getDb, type Db } from './db';

// The operator's commands on a job, for the server actions: the engine decides under
// the job's row lock, so a command and the runner's own writes never cross.

export function cancelJob(jobId: string, db: Db = getDb()): Promise<JobActionResult> {
  return requestCancel(db, jobId);
}

/** Starts the failed job's next attempt, recorded as started by `starter`. */
export function restartFailedJob(jobId: string, db: Db = getDb(), starter: AttemptStarter = PORTAL_STARTER): Promise<JobActionResult> {
  return restartJob(db, jobId, defaultRegistry, starter);
}
