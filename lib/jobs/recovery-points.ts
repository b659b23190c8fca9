import 'server-only';
import type { Db } from '../data/db';
import type { Prisma } from '../data/generated/prisma/client';
import type { JobSpeed } from '../domain/jobs/job-state';
import { recoveryPointCutoff, recoveryPointsToAdd, type PlannedRecoveryPoint } from '../domain/jobs/recovery-points';
import { TX_OPTIONS } from './claim';

export interface RecoveryPointTickResult {
  added: number;
  pruned: number;
}

/** Items replicating from Azure back to on-premises under a failback policy. */
const REVERSE_PROTECTED = { protectionState: 'Protected', activeLocation: 'Recovery', failbackPolicyId: { not: null } } as const;
/**
 * Items replicating to Azure through the process server a reprotect to Azure chose, under
 * their forward policy. Items that have replicated to Azure since before the vault's history
 * starts (no process server recorded) keep the points they were seeded with.
 */
const FORWARD_PROTECTED = { protectionState: 'Protected', activeLocation: 'Primary', processServerId: { not: null } } as const;

const policySelect = {
  id: true,
  recoveryPointThresholdInMinutes: true,
  recoveryPointHistoryInMinutes: true,
  appConsistentFrequencyInMinutes: true,
} as const;

/**
 * Items per transaction. The embedded database is one session that a transaction holds
 * until it ends: a tick over every protected item of every vault at once (after a pause,
 * up to a retention window of points each) would keep everything else waiting, and a tick
 * that ran out of time would leave even more for the next. Short batches commit as they go.
 */
const ITEMS_PER_BATCH = 50;

/**
 * One pass over protected items, each under the policy of its direction (the failback
 * policy from Azure, the forward policy to Azure): adds the recovery points due since
 * each item's newest point and deletes points that fell out of the policy's retention window.
 * Every runner ticks; a transaction-scoped advisory lock lets one batch at a time do
 * the work, and a runner that finds the lock taken skips the rest of its turn (no
 * duplicates: each batch reads the newest points again under the lock).
 */
export async function tickRecoveryPoints(
  db: Db,
  options: { speed: JobSpeed; now?: Date },
): Promise<RecoveryPointTickResult> {
  const now = options.now ?? new Date();
  // A replication in critical health is stalled, and one without an RPO has not finished
  // its first synchronisation (it has no recovery point yet): neither takes new points.
  const candidates = await db.replicatedItem.findMany({
    where: { OR: [REVERSE_PROTECTED, FORWARD_PROTECTED], replicationHealth: { not: 'Critical' }, rpoInSeconds: { not: null } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  const result = { added: 0, pruned: 0 };
  for (let start = 0; start < candidates.length; start += ITEMS_PER_BATCH) {
    const ids = candidates.slice(start, start + ITEMS_PER_BATCH).map((item) => item.id);
    const batch = await db.$transaction(async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(7301, 1) AS locked`;
      return lock?.locked ? tickItems(tx, ids, now, options.speed) : null;
    }, TX_OPTIONS);
    if (!batch) break;
    result.added += batch.added;
    result.pruned += batch.pruned;
  }
  return result;
}

/** The points due for these items, added, and their points past retention, deleted. */
async function tickItems(tx: Prisma.TransactionClient, candidateIds: string[], now: Date, speed: JobSpeed): Promise<RecoveryPointTickResult> {
  // Read again under the lock: an item may have changed state since the candidates were listed.
  const rows = await tx.replicatedItem.findMany({
    where: { id: { in: candidateIds }, OR: [REVERSE_PROTECTED, FORWARD_PROTECTED], replicationHealth: { not: 'Critical' }, rpoInSeconds: { not: null } },
    select: { id: true, activeLocation: true, failbackPolicy: { select: policySelect }, forwardPolicy: { select: policySelect } },
  });
  const items = rows.flatMap((row) => {
    const policy = row.activeLocation === 'Recovery' ? row.failbackPolicy : row.forwardPolicy;
    return policy ? [{ id: row.id, policy }] : [];
  });
  if (items.length === 0) return { added: 0, pruned: 0 };

  // Each item's newest point and newest app-consistent one, read backwards along the
  // (itemId, time) index: a handful of rows per item, however long its history.
  const ids = items.map((item) => item.id);
  const newest = await tx.$queryRaw<{ id: string; any: Date | null; app: Date | null }[]>`
    SELECT i.id,
      (SELECT max(p."time") FROM "RecoveryPoint" p WHERE p."itemId" = i.id) AS "any",
      (SELECT p."time" FROM "RecoveryPoint" p WHERE p."itemId" = i.id AND p."type" = 'AppConsistent' ORDER BY p."time" DESC LIMIT 1) AS "app"
    FROM unnest(${ids}::text[]) AS i(id)`;
  const latest = new Map(newest.map((row) => [row.id, { any: row.any, app: row.app }]));

  const toAdd: (PlannedRecoveryPoint & { itemId: string })[] = [];
  const policies = new Map<string, (typeof items)[number]['policy']>();
  for (const { id, policy } of items) {
    policies.set(policy.id, policy);
    const points = recoveryPointsToAdd({ now, lastPointTime: latest.get(id)?.any ?? null, lastAppConsistentTime: latest.get(id)?.app ?? null, policy, speed });
    toAdd.push(...points.map((point) => ({ itemId: id, ...point })));
  }
  if (toAdd.length > 0) await tx.recoveryPoint.createMany({ data: toAdd });

  // One statement prunes these items' points past their own policy's retention window.
  const cutoffs = [...policies.values()].map((policy) => ({ id: policy.id, cutoff: recoveryPointCutoff(now, policy, speed) }));
  const pruned = await tx.$executeRaw`
    DELETE FROM "RecoveryPoint" p
    USING "ReplicatedItem" i, unnest(${cutoffs.map((c) => c.id)}::text[], ${cutoffs.map((c) => c.cutoff)}::timestamp[]) AS c(policy_id, cutoff)
    WHERE p."itemId" = i.id
      AND i.id = ANY(${ids}::text[])
      AND c.policy_id = (CASE WHEN i."activeLocation" = 'Recovery' THEN i."failbackPolicyId" ELSE i."forwardPolicyId" END)
      AND p."time" < c.cutoff`;
  return { added: toAdd.length, pruned };
}
