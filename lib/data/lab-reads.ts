import 'server-only';
import type { FailedOverVm, LabInventory } from '../schemas/infrastructure';
import { getDb } from './db';
import type { DbOrTx } from './reprotect-facts';

/** VMs whose active location is Azure: the ones whose Azure VM and agent the lab can act on. */
export async function listFailedOverVms(vaultId: string, db: DbOrTx = getDb()): Promise<FailedOverVm[]> {
  const items = await db.replicatedItem.findMany({
    where: { vaultId, activeLocation: 'Recovery' },
    select: { id: true, friendlyName: true, azureVmName: true, azureVmRunning: true, agentRegistered: true },
    orderBy: { friendlyName: 'asc' },
  });
  return items.map(({ friendlyName, ...item }) => ({ name: friendlyName, ...item }));
}

/** The vCenter inventory the lab's forms choose from. */
export async function getLabInventory(vaultId: string, db: DbOrTx = getDb()): Promise<LabInventory> {
  const vcenters = await db.vCenterServer.findMany({
    where: { vaultId },
    include: { hosts: { orderBy: { name: 'asc' } }, datastores: { orderBy: { symbolicName: 'asc' } } },
    orderBy: { friendlyName: 'asc' },
  });
  return {
    hosts: vcenters.flatMap((vc) => vc.hosts.map((host) => ({ id: host.id, name: host.name, vcenterName: vc.friendlyName }))),
    datastores: vcenters.flatMap((vc) => vc.datastores.map((ds) => ({ id: ds.id, name: ds.symbolicName, type: ds.type, vcenterName: vc.friendlyName }))),
  };
}
