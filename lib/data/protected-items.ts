import 'server-only';
import { ACTIVE_JOB_STATES } from '../domain/jobs/job-state';
import { getDb, type Db } from './db';
import type { Prisma } from './generated/prisma/client';

// Replicated items as the automation API reports them (ReplicationProtectedItem): the
// policy in force, the operation running on the item, its reverse-replication choices.

export const protectedItemSelect = {
  id: true,
  friendlyName: true,
  osType: true,
  osDistribution: true,
  osVersion: true,
  diskCount: true,
  protectionState: true,
  activeLocation: true,
  replicationHealth: true,
  rpoInSeconds: true,
  lastSuccessfulFailoverTime: true,
  azureVmName: true,
  configurationServer: { select: { id: true, friendlyName: true } },
  forwardPolicy: { select: { friendlyName: true, failbackPolicy: { select: { friendlyName: true } } } },
  failbackPolicy: { select: { friendlyName: true } },
  masterTargetId: true,
  processServerId: true,
  replicationGroup: { select: { id: true, name: true } },
  sourceDatastores: { select: { datastore: { select: { symbolicName: true } } } },
  jobs: {
    where: { state: { in: [...ACTIVE_JOB_STATES] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 1,
    select: { id: true, scenarioName: true, startTime: true, createdAt: true },
  },
} satisfies Prisma.ReplicatedItemSelect;

export type ProtectedItemRecord = Prisma.ReplicatedItemGetPayload<{ select: typeof protectedItemSelect }>;

export interface ProtectedItemFilter {
  configurationServerId?: string;
  protectionState?: ProtectedItemRecord['protectionState'];
  replicationHealth?: ProtectedItemRecord['replicationHealth'];
  activeLocation?: ProtectedItemRecord['activeLocation'];
  friendlyName?: string;
}

function whereOf(vaultId: string, filter: ProtectedItemFilter): Prisma.ReplicatedItemWhereInput {
  return {
    vaultId,
    ...(filter.configurationServerId ? { configurationServerId: filter.configurationServerId } : {}),
    ...(filter.protectionState ? { protectionState: filter.protectionState } : {}),
    ...(filter.replicationHealth ? { replicationHealth: filter.replicationHealth } : {}),
    ...(filter.activeLocation ? { activeLocation: filter.activeLocation } : {}),
    ...(filter.friendlyName ? { friendlyName: { equals: filter.friendlyName, mode: 'insensitive' as const } } : {}),
  };
}

/** A page of the vault's items by name, and whether more follow. */
export async function listProtectedItems(
  vaultId: string,
  filter: ProtectedItemFilter,
  page: { skip: number; take: number },
  db: Db = getDb(),
): Promise<{ items: ProtectedItemRecord[]; more: boolean }> {
  const rows = await db.replicatedItem.findMany({
    where: whereOf(vaultId, filter),
    orderBy: { friendlyName: 'asc' },
    skip: page.skip,
    take: page.take + 1,
    select: protectedItemSelect,
  });
  return { items: rows.slice(0, page.take), more: rows.length > page.take };
}

export async function getProtectedItem(vaultId: string, itemId: string, db: Db = getDb()): Promise<ProtectedItemRecord | null> {
  return db.replicatedItem.findFirst({ where: { id: itemId, vaultId }, select: protectedItemSelect });
}

/** What a write on an item checks of it before the operation's own rules: where it is, and the failback policy it must name. */
const itemReferenceSelect = {
  id: true,
  configurationServerId: true,
  forwardPolicy: { select: { failbackPolicy: { select: { friendlyName: true } } } },
} satisfies Prisma.ReplicatedItemSelect;

export type ItemReference = Prisma.ReplicatedItemGetPayload<{ select: typeof itemReferenceSelect }>;

export async function getItemReference(vaultId: string, itemId: string, db: Db = getDb()): Promise<ItemReference | null> {
  return db.replicatedItem.findFirst({ where: { id: itemId, vaultId }, select: itemReferenceSelect });
}

/**
 * The names a reprotect request gives (retention drive, datastore) as the ids the blade sends;
 * unknown names stay unresolved. Names compare without regard to case, in one statement.
 */
export async function resolveReprotectNames(
  vaultId: string,
  masterTargetId: string,
  names: { retentionDrive: string; datastoreName?: string },
  db: Db = getDb(),
): Promise<{ retentionVolumeId?: string; datastoreId?: string }> {
  const [row] = await db.$queryRaw<Array<{ retentionVolumeId: string | null; datastoreId: string | null }>>`
    SELECT
      (SELECT v."id" FROM "MasterTargetVolume" v JOIN "MasterTargetServer" m ON m."id" = v."masterTargetId"
        WHERE v."masterTargetId" = ${masterTargetId} AND m."vaultId" = ${vaultId} AND lower(v."volumeName") = lower(${names.retentionDrive})
        ORDER BY v."id" LIMIT 1) AS "retentionVolumeId",
      (SELECT d."id" FROM "Datastore" d JOIN "VCenterServer" c ON c."id" = d."vcenterId"
        WHERE c."vaultId" = ${vaultId} AND lower(d."symbolicName") = lower(${names.datastoreName ?? null}::text)
        ORDER BY d."id" LIMIT 1) AS "datastoreId"`;
  return { retentionVolumeId: row?.retentionVolumeId ?? undefined, datastoreId: row?.datastoreId ?? undefined };
}
