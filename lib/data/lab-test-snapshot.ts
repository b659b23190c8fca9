import 'server-only';
import type { Db } from './db';

/**
 * Everything the lab can write, for one vault, in a stable order: tests compare it
 * before and after a refused change to show that nothing was written.
 */
export async function labSnapshot(db: Db, vaultId: string): Promise<string> {
  const [vault, masterTargets, processServers, mounts, items, policies, configurationServers, vcenters, recoveryPoints] = await Promise.all([
    db.vault.findUnique({ where: { id: vaultId } }),
    db.masterTargetServer.findMany({ where: { vaultId }, include: { volumes: { orderBy: { volumeName: 'asc' } } }, orderBy: { name: 'asc' } }),
    db.processServer.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } }),
    db.datastoreMount.findMany({ where: { host: { vcenter: { vaultId } } }, orderBy: [{ hostId: 'asc' }, { datastoreId: 'asc' }] }),
    db.replicatedItem.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } }),
    db.replicationPolicy.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } }),
    db.configurationServer.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } }),
    db.vCenterServer.findMany({ where: { vaultId }, include: { hosts: { orderBy: { name: 'asc' } } }, orderBy: { friendlyName: 'asc' } }),
    db.recoveryPoint.findMany({ where: { item: { vaultId } }, orderBy: [{ itemId: 'asc' }, { time: 'asc' }, { id: 'asc' }] }),
  ]);
  return JSON.stringify({ vault, masterTargets, processServers, mounts, items, policies, configurationServers, vcenters, recoveryPoints }, (_, value: unknown) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
}
