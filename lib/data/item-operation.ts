import 'server-only';
import { fieldErrors } from '../domain/reprotect/evaluate';
import type { Reason } from '../domain/reprotect/reasons';
import { failure, type ActionResult } from '../schemas/action-result';
import { jobStarter } from './activity-context';
import { recordActivity } from './activity-log';
import type { Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { lockForReprotect } from './reprotect-locks';
import { refusable, Refusal } from './refusals';

// What every operation on one replicated item (failover, commit, reprotect to Azure)
// does alike when it is submitted: the item's row locked (in the global lock order of
// lockForReprotect) so that concurrent operators are decided one after the other, the
// rules run again on the data as it is now, the job queued and the caller's entry in
// the activity log written, all in one transaction; the one-active-job-per-item index
// backs it up. None of these operations counts capacity shared with other items (a
// failover's host memory is the boot step's to find short, as the service's is), so
// the item is the only row they lock.

export type Tx = Prisma.TransactionClient;

const GONE = 'The replicated item no longer exists in this vault.';

const CLASH = { message: 'Another operation on this item was started at the same moment. Wait for it to finish.', field: 'item' };

/** Locks the item and runs `queue` in the same transaction; a Refusal rolls it back. */
export async function submitItemOperation(
  db: Db,
  itemId: string,
  queue: (tx: Tx) => Promise<string>,
): Promise<ActionResult<{ jobId: string }>> {
  return refusable(async () => {
    const jobId = await db.$transaction(async (tx) => {
      await lockForReprotect(tx, { itemIds: [itemId], masterTargetIds: [] });
      return queue(tx);
    });
    return { jobId };
  }, CLASH);
}

/** Refuses as if the item did not exist: it does not, or it is another vault's. */
export function notFound(): never {
  throw new Refusal(failure('not-found', GONE));
}

/** The answer to blocking reasons: a conflict when another operation holds the item, else a refusal. */
export function refusedBy(blockers: Reason[], fallback: string) {
  const conflict = blockers.find((reason) => reason.code === 'ITEM_OPERATION_IN_PROGRESS');
  if (conflict) return failure('conflict', conflict.message, { item: conflict.message }, blockers);
  return failure('refused', blockers[0]?.message ?? fallback, fieldErrors(blockers), blockers);
}

export interface ItemJob {
  vaultId: string;
  scenarioName: string;
  friendlyName: string;
  targetObjectName: string;
  replicatedItemId: string;
  payload: Prisma.InputJsonObject;
  tasks: Array<{ order: number; name: string; friendlyName: string }>;
}

/**
 * Queues one item's job with its tasks, none started, as started by the caller of the
 * request in progress, and records the operation as Started (its job's end records the outcome).
 */
export async function createItemJob(tx: Tx, job: ItemJob): Promise<string> {
  const { tasks, ...data } = job;
  const created = await tx.job.create({ data: { ...data, ...jobStarter(), tasks: { create: tasks } }, select: { id: true } });
  await recordActivity(tx, {
    result: 'Started',
    jobId: created.id,
    target: { type: 'replicatedItem', id: job.replicatedItemId, name: job.targetObjectName },
  });
  return created.id;
}
