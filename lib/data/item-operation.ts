import { fieldErrors } from '../domain/reprotect/evaluate';
import type { Reason } from '../domain/reprotect/reasons';
import { failure, type ActionResult } from '../schemas/action-result';
import type { Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { isUniqueViolation, Refusal } from './refusals';

// What every operation on one replicated item (failover, commit, reprotect to Azure)
// does alike when it is submitted: the item's row locked so that concurrent operators
// are decided one after the other, the rules run again on the data as it is now, the
// job queued, all in one transaction; the one-active-job-per-item index backs it up.

export type Tx = Prisma.TransactionClient;

const GONE = 'The replicated item no longer exists in this vault.';

/** Locks the item (of this vault) and runs `queue` in the same transaction; a Refusal rolls it back. */
export async function submitItemOperation(
  db: Db,
  vaultId: string,
  itemId: string,
  queue: (tx: Tx) => Promise<string>,
): Promise<ActionResult<{ jobId: string }>> {
  try {
    const jobId = await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "ReplicatedItem" WHERE id = ${itemId} AND "vaultId" = ${vaultId} FOR UPDATE`;
      if (locked.length === 0) throw new Refusal(failure('not-found', GONE));
      return queue(tx);
    });
    return { ok: true, data: { jobId } };
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if (isUniqueViolation(error)) {
      const message = 'Another operation on this item was started at the same moment. Wait for it to finish.';
      return failure('conflict', message, { item: message });
    }
    throw error;
  }
}

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
  /** The recovery plan's job, when the item's job is one machine of a plan operation. */
  parentJobId?: string;
  createdAt?: Date;
}

/** Queues one item's job with its tasks, none started. */
export async function createItemJob(tx: Tx, job: ItemJob): Promise<string> {
  const { tasks, ...data } = job;
  const created = await tx.job.create({ data: { ...data, tasks: { create: tasks } }, select: { id: true } });
  return created.id;
}
