import 'server-only';
import type { Db } from '../data/db';
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
 * One pass over reprotected items: adds the recovery points due since each item's
 * newest point and deletes points that fell out of the policy's retention window.
 * Every runner ticks; a transaction-scoped advisory lock lets one tick at a time do
 * the work, and a runner that finds the lock taken skips its turn (no duplicates).
 */
export async function tickRecoveryPoints(
  db: Db,
  options: { speed: JobSpeed; now?: Date },
): Promise<RecoveryPointTickResult> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(7301, 1) AS locked`;
    if (!lock?.locked) return { added: 0, pruned: 0 };

    const items = await tx.replicatedItem.findMany({
      where: REVERSE_PROTECTED,
      select: {
        id: true,
        failbackPolicy: {
          select: {
            id: true,
            recoveryPointThresholdInMinutes: true,
            recoveryPointHistoryInMinutes: true,
            appConsistentFrequencyInMinutes: true,
          },
        },
      },
    });
    if (items.length === 0) return { added: 0, pruned: 0 };

    const newest = await tx.recoveryPoint.groupBy({
      by: ['itemId', 'type'],
      where: { itemId: { in: items.map((item) => item.id) } },
      _max: { time: true },
    });
    const latest = new Map<string, { any: Date | null; app: Date | null }>();
    for (const row of newest) {
      const time = row._max.time;
      const entry = latest.get(row.itemId) ?? { any: null, app: null };
      if (time && (!entry.any || time > entry.any)) entry.any = time;
      if (time && row.type === 'AppConsistent') entry.app = time;
      latest.set(row.itemId, entry);
    }

    const toAdd: (PlannedRecoveryPoint & { itemId: string })[] = [];
    const policies = new Map<string, NonNullable<(typeof items)[number]['failbackPolicy']>>();
    for (const item of items) {
      const policy = item.failbackPolicy;
      if (!policy) continue;
      policies.set(policy.id, policy);
      const points = recoveryPointsToAdd({
        now,
        lastPointTime: latest.get(item.id)?.any ?? null,
        lastAppConsistentTime: latest.get(item.id)?.app ?? null,
        policy,
        speed: options.speed,
      });
      toAdd.push(...points.map((point) => ({ itemId: item.id, ...point })));
    }
    if (toAdd.length > 0) await tx.recoveryPoint.createMany({ data: toAdd });

    let pruned = 0;
    for (const policy of policies.values()) {
      const { count } = await tx.recoveryPoint.deleteMany({
        where: {
          item: { ...REVERSE_PROTECTED, failbackPolicyId: policy.id },
          time: { lt: recoveryPointCutoff(now, policy, options.speed) },
        },
      });
      pruned += count;
    }
    return { added: toAdd.length, pruned };
  }, TX_OPTIONS);
}
