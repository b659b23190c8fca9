import 'server-only';
import type { Prisma } from './generated/prisma/client';

export interface ReprotectLockTargets {
  /** The items the decision is about. */
  itemIds: readonly string[];
  /** The master targets whose capacity the decision counts (the disk limit). */
  masterTargetIds: readonly string[];
}

/**
 * Locks, inside the caller's transaction, every row a reprotect decision is about and
 * every row whose capacity it counts, so that deciders who share any of them decide one
 * after the other, each seeing what the one before committed. Call it before reading
 * the facts: PostgreSQL (read committed) gives each later statement a fresh snapshot.
 *
 * Global lock order. Every transaction that locks more than one of these rows takes them
 * in this order, so no two can wait for each other in a circle:
 *   1. the Job rows an operator acts on (cancel, restart), by id;
 *   2. replicated items, by id;
 *   3. master targets, by id.
 * A transaction that locks several master targets without items (the heartbeats) still
 * takes them by id. Policies are locked only by their own edits and deletes, which lock
 * nothing else.
 *
 * The master target's disk limit is the one rule today that counts across items (the
 * other choices, a process server, a datastore or a retention volume, are judged on their
 * own state). A new rule that counts across items adds the rows it counts here, in order.
 *
 * FOR NO KEY UPDATE: two deciders on one row queue, while the foreign-key checks of
 * unrelated writes (a recovery point of an item, a job of an item, an item that points
 * to a master target) do not wait for them.
 *
 * Returns the ids of the items that exist.
 */
export async function lockForReprotect(tx: Prisma.TransactionClient, targets: ReprotectLockTargets): Promise<Set<string>> {
  const itemIds = [...new Set(targets.itemIds)].toSorted();
  const masterTargetIds = [...new Set(targets.masterTargetIds)].toSorted();
  const items = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ReplicatedItem" WHERE id = ANY(${itemIds}) ORDER BY id FOR NO KEY UPDATE`;
  if (masterTargetIds.length > 0) {
    await tx.$queryRaw`SELECT id FROM "MasterTargetServer" WHERE id = ANY(${masterTargetIds}) ORDER BY id FOR NO KEY UPDATE`;
  }
  return new Set(items.map((row) => row.id));
}
