import 'server-only';
import type { ReprotectFacts, ReprotectSelection } from '../domain/reprotect/facts';
import { getDb, type Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { toDatastoreFacts, toMasterTargetFacts, toProcessServerFacts } from './fabric-facts';
import { activeJobOf, configurationServerFacts, recoveryPlansOf } from './item-facts-parts';

export type DbOrTx = Db | Prisma.TransactionClient;

/** Job states in which an operation still holds its item. */
export const ACTIVE_JOB_STATES = ['NotStarted', 'InProgress'] as const;

/**
 * Items whose disks already sit on (or are headed to) their master target: until a
 * failback hands them to the on-premises VM, they stay there.
 */
export const HOLDING_STATES = ['ReprotectInProgress', 'Protected', 'UnplannedFailoverInProgress', 'UnplannedFailoverFailed'] as const;

/** The facts of an item of this vault, or null when the vault has no such item. */
export function loadVaultItemReprotectFacts(vaultId: string, itemId: string, db: DbOrTx = getDb()): Promise<ReprotectFacts | null> {
  return loadItemFacts(db, { id: itemId, vaultId }, new Date());
}

/**
 * The facts a decision on one selection needs, or null when the vault has no such item:
 * the chosen master target, process server and datastore, and the datastores the VM's
 * disks are on, instead of the whole fabric the blade lists. The rules judge each choice
 * on its own rows, so the blockers are the same as with the whole fabric; a submission
 * reads a handful of rows however large the vault is.
 */
export async function loadChosenReprotectFacts(
  vaultId: string,
  itemId: string,
  selection: ReprotectSelection,
  db: DbOrTx = getDb(),
): Promise<ReprotectFacts | null> {
  const facts = await loadChosenReprotectFactsForItems(db, vaultId, [{ ...selection, itemId }]);
  return facts.get(itemId) ?? null;
}

/**
 * The facts of several selections decided together (submissions that arrived at once),
 * by item id, in one statement for the items and four for the rows they chose. Items of
 * other vaults, and unknown ids, are left out. Each item's facts are those it would get
 * alone: its master target's disks count every item holding disks there but itself.
 */
export async function loadChosenReprotectFactsForItems(
  db: DbOrTx,
  vaultId: string,
  selections: ReadonlyArray<ReprotectSelection & { itemId: string }>,
  now = new Date(),
): Promise<Map<string, ReprotectFacts>> {
  const itemIds = [...new Set(selections.map((selection) => selection.itemId))];
  const items = await db.replicatedItem.findMany({ where: { id: { in: itemIds }, vaultId }, include: itemInclude });
  if (items.length === 0) return new Map();
  const chosen = (pick: (selection: ReprotectSelection) => string | undefined) => [...new Set(selections.flatMap((selection) => pick(selection) || []))];
  const only: FabricRows = {
    masterTargetIds: chosen((selection) => selection.masterTargetId),
    processServerIds: chosen((selection) => selection.processServerId),
    datastoreIds: [...new Set([...chosen((selection) => selection.datastoreId), ...items.flatMap((item) => item.sourceDatastores.map((source) => source.datastoreId))])],
  };
  const fabric = await loadFabric(db, vaultId, itemIds, only);
  return new Map(
    items.map((item) => {
      const own = selections.filter((selection) => selection.itemId === item.id);
      return [item.id, toFacts(item, withDisksOfOthers(chosenBy(fabric, own, item), items, item.id), now)];
    }),
  );
}

/** The rows of `fabric` that an item's own selections chose, and the datastores its disks are on: what it would read alone. */
function chosenBy(fabric: Fabric, selections: readonly ReprotectSelection[], item: ItemRecord): Fabric {
  const picked = (pick: (selection: ReprotectSelection) => string | undefined) => new Set(selections.map(pick));
  const [masterTargetIds, processServerIds, datastoreIds] = [picked((s) => s.masterTargetId), picked((s) => s.processServerId), picked((s) => s.datastoreId)];
  for (const source of item.sourceDatastores) datastoreIds.add(source.datastoreId);
  return {
    masterTargets: fabric.masterTargets.filter((mt) => masterTargetIds.has(mt.id)),
    processServers: fabric.processServers.filter((ps) => processServerIds.has(ps.id)),
    datastores: fabric.datastores.filter((ds) => datastoreIds.has(ds.id)),
  };
}

/** Whether an item's disks sit on (or are headed to) its master target. */
function holdsDisks(item: Pick<ItemRecord, 'protectionState' | 'activeLocation' | 'masterTargetId'>): boolean {
  return item.masterTargetId !== null && item.activeLocation === 'Recovery' && (HOLDING_STATES as readonly string[]).includes(item.protectionState);
}

/** `fabric`, whose disk counts leave out every item of `items`, with the disks of those but `ownId` added back. */
function withDisksOfOthers(fabric: Fabric, items: readonly ItemRecord[], ownId: string): Fabric {
  const others = items.filter((item) => item.id !== ownId && holdsDisks(item));
  if (others.length === 0) return fabric;
  const masterTargets = fabric.masterTargets.map((mt) => {
    const extra = others.filter((item) => item.masterTargetId === mt.id).reduce((sum, item) => sum + item.diskCount, 0);
    return extra === 0 ? mt : { ...mt, reprotectedDiskCount: mt.reprotectedDiskCount + extra };
  });
  return { ...fabric, masterTargets };
}

const itemInclude = {
  vault: true,
  configurationServer: true,
  replicationGroup: { select: { id: true, name: true } },
  sourceDatastores: { include: { datastore: { select: { id: true, symbolicName: true } } } },
  planMemberships: { include: { group: { include: { plan: { select: { id: true, friendlyName: true } } } } } },
  forwardPolicy: { include: { failbackPolicy: true } },
  jobs: {
    where: { state: { in: [...ACTIVE_JOB_STATES] } },
    select: { id: true, friendlyName: true },
    take: 1,
  },
} satisfies Prisma.ReplicatedItemInclude;

type ItemRecord = Prisma.ReplicatedItemGetPayload<{ include: typeof itemInclude }>;
type Fabric = Pick<ReprotectFacts, 'masterTargets' | 'processServers' | 'datastores'>;
/** The fabric rows to read, when not all of the vault's. */
interface FabricRows {
  masterTargetIds: string[];
  processServerIds: string[];
  datastoreIds: string[];
}

/**
 * Loads everything the reprotect rules judge for one item, as plain facts.
 * Returns null when the item does not exist.
 */
export function loadReprotectFacts(db: DbOrTx, itemId: string, now = new Date()): Promise<ReprotectFacts | null> {
  return loadItemFacts(db, { id: itemId }, now);
}

/** One item's facts, with the whole fabric of its vault. */
async function loadItemFacts(db: DbOrTx, where: { id: string; vaultId?: string }, now: Date): Promise<ReprotectFacts | null> {
  const item = await db.replicatedItem.findFirst({ where, include: itemInclude });
  if (!item) return null;
  return toFacts(item, await loadFabric(db, item.vaultId, [item.id]), now);
}

/**
 * The facts of many items of one vault (a recovery plan's machines), with the fabric
 * read once and shared. Items of other vaults, and unknown ids, are left out.
 */
export async function loadReprotectFactsForItems(
  db: DbOrTx,
  vaultId: string,
  itemIds: readonly string[],
  now = new Date(),
): Promise<Map<string, ReprotectFacts>> {
  const items = await db.replicatedItem.findMany({ where: { id: { in: [...itemIds] }, vaultId }, include: itemInclude });
  const fabric = await loadFabric(db, vaultId, itemIds);
  return new Map(items.map((item) => [item.id, toFacts(item, fabric, now)]));
}

/** Master targets (with the disks they already hold), process servers and datastores of a vault, or only those named. */
async function loadFabric(db: DbOrTx, vaultId: string, excludedItemIds: readonly string[], only?: FabricRows): Promise<Fabric> {
  // Inside a transaction the queries share one connection, so they go one after the
  // other there; outside one they run side by side.
  const queries = [
    () => masterTargetsQuery(db, vaultId, only?.masterTargetIds),
    () => diskLoadQuery(db, vaultId, excludedItemIds, only?.masterTargetIds),
    () => processServersQuery(db, vaultId, only?.processServerIds),
    () => datastoresQuery(db, vaultId, only?.datastoreIds),
  ] as const;
  const inTransaction = !('$transaction' in db);
  const [masterTargets, diskLoads, processServers, datastores] = inTransaction
    ? [await queries[0](), await queries[1](), await queries[2](), await queries[3]()]
    : await Promise.all([queries[0](), queries[1](), queries[2](), queries[3]()]);
  const diskLoad = new Map(diskLoads.map((row) => [row.masterTargetId, row._sum.diskCount ?? 0]));

  return {
    masterTargets: masterTargets.map((mt) => toMasterTargetFacts(mt, diskLoad.get(mt.id) ?? 0)),
    processServers: processServers.map(toProcessServerFacts),
    datastores: datastores.map(toDatastoreFacts),
  };
}

function toFacts(item: ItemRecord, fabric: Fabric, now: Date): ReprotectFacts {
  const failback = item.forwardPolicy.failbackPolicy;

  return {
    now,
    connectivity: {
      s2sVpn: item.vault.s2sVpn,
      expressRoute: item.vault.expressRoute,
      expressRoutePeering: item.vault.expressRoutePeering,
    },
    configurationServer: configurationServerFacts(item.configurationServer),
    item: {
      id: item.id,
      name: item.friendlyName,
      osType: item.osType,
      osDistribution: item.osDistribution,
      osVersion: item.osVersion,
      kernelVersion: item.kernelVersion,
      diskCount: item.diskCount,
      templateName: item.templateName,
      sourceVmPresent: item.sourceVmPresent,
      sourceDatastores: item.sourceDatastores.map((s) => s.datastore),
      agentRegistered: item.agentRegistered,
      protectionState: item.protectionState,
      activeLocation: item.activeLocation,
      replicationGroup: item.replicationGroup,
      recoveryPlans: recoveryPlansOf(item.planMemberships),
      activeJob: activeJobOf(item.jobs),
    },
    ...fabric,
    failbackPolicy: failback
      ? {
          id: failback.id,
          friendlyName: failback.friendlyName,
          recoveryPointThresholdInMinutes: failback.recoveryPointThresholdInMinutes,
          recoveryPointHistoryInMinutes: failback.recoveryPointHistoryInMinutes,
          appConsistentFrequencyInMinutes: failback.appConsistentFrequencyInMinutes,
        }
      : null,
  };
}

/** `{ id: { in: ids } }` when only those rows are wanted, nothing when all are. */
const among = (ids: string[] | undefined) => (ids ? { id: { in: ids } } : {});

function masterTargetsQuery(db: DbOrTx, vaultId: string, ids?: string[]) {
  return db.masterTargetServer.findMany({
    where: { vaultId, ...among(ids) },
    include: { esxiHost: { select: { id: true, name: true } }, volumes: { orderBy: { volumeName: 'asc' } } },
    orderBy: { name: 'asc' },
  });
}

/** Disks already held by each master target; the items being judged are left out, the rules count them. */
function diskLoadQuery(db: DbOrTx, vaultId: string, excludedItemIds: readonly string[], masterTargetIds?: string[]) {
  return db.replicatedItem.groupBy({
    by: ['masterTargetId'],
    where: {
      vaultId,
      masterTargetId: masterTargetIds ? { in: masterTargetIds } : { not: null },
      protectionState: { in: [...HOLDING_STATES] },
      activeLocation: 'Recovery',
      id: { notIn: [...excludedItemIds] },
    },
    _sum: { diskCount: true },
  });
}

function processServersQuery(db: DbOrTx, vaultId: string, ids?: string[]) {
  return db.processServer.findMany({ where: { vaultId, ...among(ids) }, orderBy: { friendlyName: 'asc' } });
}

function datastoresQuery(db: DbOrTx, vaultId: string, ids?: string[]) {
  return db.datastore.findMany({
    where: { vcenter: { vaultId }, ...among(ids) },
    include: { mounts: { include: { host: { select: { id: true, name: true } } } } },
    orderBy: { symbolicName: 'asc' },
  });
}
