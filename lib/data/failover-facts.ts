import 'server-only';
import type { FailoverFacts, ItemRecoveryPoints } from '../domain/failover/facts';
import type { Prisma } from './generated/prisma/client';
import { getDb } from './db';
import { ACTIVE_JOB_STATES, type DbOrTx } from './reprotect-facts';
import { activeJobOf, configurationServerFacts, recoveryPlansOf } from './item-facts-parts';

// Loads what the failover rules judge, for one item or a recovery plan's machines, with
// the recovery points read per item in one grouped query.

const failoverInclude = {
  configurationServer: true,
  replicationGroup: { select: { id: true, name: true } },
  planMemberships: { include: { group: { include: { plan: { select: { id: true, friendlyName: true } } } } } },
  jobs: { where: { state: { in: [...ACTIVE_JOB_STATES] } }, select: { id: true, friendlyName: true }, take: 1 },
  sourceHost: { select: { id: true, name: true, freeMemoryGb: true } },
  datastore: { select: { id: true, symbolicName: true } },
  masterTarget: {
    select: {
      id: true,
      name: true,
      snapshotCount: true,
      storageVMotioned: true,
      lastHeartbeat: true,
      esxiHost: {
        select: { id: true, name: true, freeMemoryGb: true, vcenter: { select: { id: true, friendlyName: true, connectionState: true } } },
      },
    },
  },
} satisfies Prisma.ReplicatedItemInclude;

type FailoverRecord = Prisma.ReplicatedItemGetPayload<{ include: typeof failoverInclude }>;

/** The failover facts of items of one vault; unknown ids and items of other vaults are left out. */
export async function loadFailoverFactsForItems(
  db: DbOrTx,
  vaultId: string,
  itemIds: readonly string[],
  now = new Date(),
): Promise<Map<string, FailoverFacts>> {
  const items = await db.replicatedItem.findMany({ where: { id: { in: [...itemIds] }, vaultId }, include: failoverInclude });
  const points = await newestPoints(db, items.map((item) => item.id));
  const groupIds = [...new Set(items.flatMap((item) => (item.replicationGroupId ? [item.replicationGroupId] : [])))];
  const groupPoints = await groupAppConsistentPoints(db, groupIds);
  return new Map(items.map((item) => [item.id, toFailoverFacts(item, points.get(item.id), groupPoints, now)]));
}

export async function loadFailoverFacts(db: DbOrTx, vaultId: string, itemId: string, now = new Date()): Promise<FailoverFacts | null> {
  return (await loadFailoverFactsForItems(db, vaultId, [itemId], now)).get(itemId) ?? null;
}

/** For the Failover blade: the facts of an item of this vault, or null. */
export function loadVaultFailoverFacts(vaultId: string, itemId: string): Promise<FailoverFacts | null> {
  return loadFailoverFacts(getDb(), vaultId, itemId);
}

/** Each item's newest point and newest app-consistent point. */
export async function newestPoints(db: DbOrTx, itemIds: readonly string[]): Promise<Map<string, ItemRecoveryPoints>> {
  const rows =
    itemIds.length === 0
      ? []
      : await db.recoveryPoint.groupBy({ by: ['itemId', 'type'], where: { itemId: { in: [...itemIds] } }, _max: { time: true } });
  const points = new Map<string, ItemRecoveryPoints>();
  for (const row of rows) {
    const entry = points.get(row.itemId) ?? { latest: null, latestAppConsistent: null };
    const time = row._max.time;
    if (time && (!entry.latest || time > entry.latest)) entry.latest = time;
    if (time && row.type === 'AppConsistent') entry.latestAppConsistent = time;
    points.set(row.itemId, entry);
  }
  return points;
}

/**
 * A replication group's common app-consistent point: the oldest of its members' newest
 * app-consistent points, the latest moment every member has one by. Null when a member has none.
 */
async function groupAppConsistentPoints(db: DbOrTx, groupIds: readonly string[]): Promise<Map<string, Date | null>> {
  if (groupIds.length === 0) return new Map();
  const members = await db.replicatedItem.findMany({ where: { replicationGroupId: { in: [...groupIds] } }, select: { id: true, replicationGroupId: true } });
  const points = await newestPoints(db, members.map((member) => member.id));
  const common = new Map<string, Date | null>();
  for (const member of members) {
    const groupId = member.replicationGroupId!;
    const own = points.get(member.id)?.latestAppConsistent ?? null;
    const sofar = common.has(groupId) ? common.get(groupId)! : undefined;
    if (sofar === null) continue;
    common.set(groupId, own === null ? null : sofar === undefined || own < sofar ? own : sofar);
  }
  return common;
}

function toFailoverFacts(item: FailoverRecord, points: ItemRecoveryPoints | undefined, groups: Map<string, Date | null>, now: Date): FailoverFacts {
  const mt = item.masterTarget;
  // A VM that still exists boots on its own host; one deleted on-premises is created on the master target's.
  const bootHost = (item.sourceVmPresent ? item.sourceHost : null) ?? mt?.esxiHost ?? null;
  return {
    now,
    configurationServer: configurationServerFacts(item.configurationServer),
    item: {
      id: item.id,
      name: item.friendlyName,
      osType: item.osType,
      protectionState: item.protectionState,
      activeLocation: item.activeLocation,
      replicationHealth: item.replicationHealth,
      inConfigurationServerDatabase: item.inConfigurationServerDatabase,
      sourceVmPresent: item.sourceVmPresent,
      memoryGb: item.memoryGb,
      azureVmName: item.azureVmName,
      azureVmRunning: item.azureVmRunning,
      diskCount: item.diskCount,
      replicationGroup: item.replicationGroup,
      recoveryPlans: recoveryPlansOf(item.planMemberships),
      activeJob: activeJobOf(item.jobs),
    },
    target: {
      masterTarget: mt
        ? {
            id: mt.id,
            name: mt.name,
            snapshotCount: mt.snapshotCount,
            storageVMotioned: mt.storageVMotioned,
            lastHeartbeat: mt.lastHeartbeat,
            esxiHost: { id: mt.esxiHost.id, name: mt.esxiHost.name },
          }
        : null,
      vcenter: mt
        ? { id: mt.esxiHost.vcenter.id, friendlyName: mt.esxiHost.vcenter.friendlyName, connected: mt.esxiHost.vcenter.connectionState === 'Connected' }
        : null,
      bootHost: bootHost ? { id: bootHost.id, name: bootHost.name, freeMemoryGb: bootHost.freeMemoryGb } : null,
      datastore: item.datastore,
    },
    points: points ?? { latest: null, latestAppConsistent: null },
    ...(item.replicationGroupId ? { groupAppConsistent: groups.get(item.replicationGroupId) ?? null } : {}),
  };
}
