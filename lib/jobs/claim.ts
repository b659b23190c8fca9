import 'server-only';
import type { Db } from '../data/db';
import { jobRecordSelect, type JobRecord, type Tx } from './types';

// Claiming and ownership. The Job table is the queue: a runner owns a job while the
// row says claimedBy = that runner and its heartbeat is fresh. Every write a runner
// makes re-checks that it still owns the row, under the row lock, so a runner that
// was presumed dead (and replaced) can never write over its successor's work.

/** Interactive transactions wait for each other on the embedded server: allow for it. */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

export interface ClaimedJob extends JobRecord {
  startTime: Date;
}

export interface ClaimOptions {
  runnerId: string;
  leaseMs: number;
  scenarios: string[];
  now?: Date;
}

/**
 * Takes the oldest job that is queued, or in progress under a runner whose heartbeat
 * is older than the lease (it died, or was stopped and released the job). SKIP LOCKED
 * lets concurrent runners pass over a row another runner is claiming right now instead
 * of queueing behind it, so each claim picks a different job.
 */
export async function claimNextJob(db: Db, options: ClaimOptions): Promise<ClaimedJob | null> {
  const { runnerId, leaseMs, scenarios } = options;
  if (scenarios.length === 0) return null;
  const now = options.now ?? new Date();
  const staleBefore = new Date(now.getTime() - leaseMs);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; startTime: Date | null }[]>`
      SELECT id, "startTime" FROM "Job"
      WHERE "scenarioName" = ANY(${scenarios})
        AND ("state" = 'NotStarted'
             OR ("state" = 'InProgress' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < ${staleBefore})))
      ORDER BY "createdAt", id
      LIMIT 1
      FOR UPDATE SKIP LOCKED`;
    const row = rows[0];
    if (!row) return null;
    const job = await tx.job.update({
      where: { id: row.id },
      data: {
        state: 'InProgress',
        claimedBy: runnerId,
        heartbeatAt: now,
        startTime: row.startTime ?? now,
        claimCount: { increment: 1 },
      },
      select: { ...jobRecordSelect, startTime: true },
    });
    return { ...job, startTime: job.startTime ?? now };
  }, TX_OPTIONS);
}

export const LOST = Symbol('lost');
export type Lost = typeof LOST;

/**
 * Runs `work` in a transaction holding the job's row lock, if this runner still owns
 * the job; otherwise returns LOST and writes nothing. The lock also orders the write
 * against a concurrent cancel or restart of the same job.
 */
export async function whileOwned<T>(
  db: Db,
  jobId: string,
  runnerId: string,
  work: (tx: Tx, row: { cancelRequested: boolean }) => Promise<T>,
): Promise<T | Lost> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ cancelRequested: boolean }[]>`
      SELECT "cancelRequested" FROM "Job"
      WHERE id = ${jobId} AND "claimedBy" = ${runnerId} AND "state" = 'InProgress'
      FOR UPDATE`;
    const row = rows[0];
    return row ? work(tx, row) : LOST;
  }, TX_OPTIONS);
}

/** Refreshes the lease; false when the job is no longer this runner's. */
export async function heartbeat(db: Db, jobId: string, runnerId: string, now = new Date()): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { id: jobId, claimedBy: runnerId, state: 'InProgress' },
    data: { heartbeatAt: now },
  });
  return count === 1;
}

/**
 * Gives the job up on a clean stop: the heartbeat is cleared so the next runner may
 * take it at once instead of waiting out the lease. The interrupted task stays
 * InProgress and is run again from its start.
 */
export async function releaseJob(db: Db, jobId: string, runnerId: string): Promise<void> {
  await db.job.updateMany({
    where: { id: jobId, claimedBy: runnerId, state: 'InProgress' },
    data: { heartbeatAt: null },
  });
}
