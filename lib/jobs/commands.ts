import 'server-only';
import { requestCancel, restartJob, resumeJob, type JobActionResult } from './actions';
import { defaultRegistry } from './registry';
import { getDb, type Db } from '../data/db';

// The operator's commands on a job of a vault (another vault's job is not found), for the
// server actions: the engine decides under the job's row lock, so a command and the
// runner's own writes never cross.

export function cancelJob(vaultId: string, jobId: string, db: Db = getDb()): Promise<JobActionResult> {
  return requestCancel(db, jobId, defaultRegistry, vaultId);
}

/** Starts the failed job's next attempt, recorded as started by the caller of the request. */
export function restartFailedJob(vaultId: string, jobId: string, db: Db = getDb()): Promise<JobActionResult> {
  return restartJob(db, jobId, defaultRegistry, vaultId);
}

/** Sends a job waiting in Suspended back to its runners. */
export function resumeSuspendedJob(vaultId: string, jobId: string, db: Db = getDb()): Promise<JobActionResult> {
  return resumeJob(db, jobId, vaultId);
}
