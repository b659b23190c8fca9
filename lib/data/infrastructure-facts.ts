import 'server-only';
import type { DatastoreView, MasterTargetView, ProcessServerView } from '../schemas/infrastructure';
import { getDb } from './db';
import type { Prisma } from './generated/prisma/client';
import type { DbOrTx } from './reprotect-facts';
import { HOLDING_STATES } from './reprotect-facts';
import { toDatastoreFacts, toMasterTargetFacts, toProcessServerFacts } from './fabric-facts';

// The same plain facts the reprotect rules judge, loaded for the infrastructure
// pages, which show a server's checks without a VM to reprotect.

const masterTargetInclude = {
  esxiHost: { select: { id: true, name: true } },
  volumes: { orderBy: { volumeName: 'asc' } },
  configurationServer: { select: { friendlyName: true } },
} satisfies Prisma.MasterTargetServerInclude;

type MasterTargetRow = Prisma.MasterTargetServerGetPayload<{ include: typeof masterTargetInclude }>;

function toMasterTargetView(mt: MasterTargetRow, reprotectedDiskCount: number): MasterTargetView {
  return {
    ...toMasterTargetFacts(mt, reprotectedDiskCount),
    ipAddress: mt.ipAddress,
    agentVersion: mt.agentVersion,
    agentResponding: mt.agentResponding,
    isCombinedPsMt: mt.isCombinedPsMt,
    configurationServerName: mt.configurationServer.friendlyName,
  };
}

async function diskLoads(db: DbOrTx, where: Prisma.ReplicatedItemWhereInput): Promise<Map<string, number>> {
  const rows = await db.replicatedItem.groupBy({
    by: ['masterTargetId'],
    where: { ...where, masterTargetId: { not: null }, protectionState: { in: [...HOLDING_STATES] }, activeLocation: 'Recovery' },
    _sum: { diskCount: true },
  });
  return new Map(rows.map((row) => [row.masterTargetId ?? '', row._sum.diskCount ?? 0]));
}

export async function listMasterTargetViews(vaultId: string, db: DbOrTx = getDb()): Promise<MasterTargetView[]> {
  const rows = await db.masterTargetServer.findMany({ where: { vaultId }, include: masterTargetInclude, orderBy: { name: 'asc' } });
  const loads = await diskLoads(db, { vaultId });
  return rows.map((mt) => toMasterTargetView(mt, loads.get(mt.id) ?? 0));
}

export async function getMasterTargetView(vaultId: string, id: string, db: DbOrTx = getDb()): Promise<MasterTargetView | null> {
  const mt = await db.masterTargetServer.findFirst({ where: { id, vaultId }, include: masterTargetInclude });
  if (!mt) return null;
  const loads = await diskLoads(db, { vaultId, masterTargetId: id });
  return toMasterTargetView(mt, loads.get(id) ?? 0);
}

export async function listProcessServerViews(vaultId: string, db: DbOrTx = getDb()): Promise<ProcessServerView[]> {
  const rows = await db.processServer.findMany({
    where: { vaultId },
    include: { configurationServer: { select: { friendlyName: true } } },
    orderBy: { friendlyName: 'asc' },
  });
  return rows.map((ps) => ({
    ...toProcessServerFacts(ps),
    ipAddress: ps.ipAddress,
    osType: ps.osType,
    agentVersion: ps.agentVersion,
    agentResponding: ps.agentResponding,
    reachableFromNetworks: ps.reachableFromNetworks,
    totalSpaceInBytes: Number(ps.totalSpaceInBytes),
    availableSpaceInBytes: Number(ps.availableSpaceInBytes),
    configurationServerName: ps.configurationServer.friendlyName,
  }));
}

export async function listDatastoreViews(vaultId: string, db: DbOrTx = getDb()): Promise<DatastoreView[]> {
  const rows = await db.datastore.findMany({
    where: { vcenter: { vaultId } },
    include: { vcenter: { select: { friendlyName: true } }, mounts: { include: { host: { select: { id: true, name: true } } } } },
    orderBy: { symbolicName: 'asc' },
  });
  return rows.map((ds) => {
    const facts = toDatastoreFacts(ds);
    return {
      ...facts,
      uuid: ds.uuid,
      vcenterName: ds.vcenter.friendlyName,
      mounts: facts.mounts.sort((a, b) => a.hostName.localeCompare(b.hostName)),
    };
  });
}
