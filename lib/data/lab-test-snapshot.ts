import 'server-only';
import type { Db } from './db';

/**
 * Everything the lab can write, for one vault, in a stable order: tests compare it
 * before and after a refused change to show that nothing was written.
 */
export async function labSnapshot(db: Db, vaultId: string): Promise<string> {
  const [vault, masterTargets, processServers, mounts, items, policies] = await Promise.all([
    db.vault.findUnique({ where: { id: vaultId } }),
    db.masterTargetServer.findMany({ where: { vaultId }, include: { volumes: { orderBy: { volumeName: 'asc' } } }, orderBy: { name: 'asc' } }),
    db.processServer.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } }),
    db.datastoreMount.findMany({ where: { host: { vcenter: { vaultId } } }, orderBy: [{ hostId: 'asc' }, { datastoreId: 'asc' }] }),
    db.replicatedItem.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } }),
    db.replicationPolicy.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } }),
  ]);
  return JSON.stringify({ vault, masterTargets, processServers, mounts, items, policies }, (_, value: unknown) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
}
