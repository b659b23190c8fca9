import 'server-only';
import type { FabricSource, VCenterSource } from '../schemas/fabric-sources';
import type { VaultSummary } from '../schemas/vault';
import { getDb } from './db';
import { listDatastoreViews, listMasterTargetViews, listProcessServerViews } from './infrastructure-facts';
import { connectivityOf, listConfigurationServers, listVCenters } from './infrastructure';
import type { DbOrTx } from './reprotect-facts';

// The vault's fabrics for the automation API: one per configuration server, read with
// the same queries as the Site Recovery infrastructure pages.

export interface VaultFabrics {
  fabrics: FabricSource[];
  vcenters: VCenterSource[];
  /** Replicated items per configuration server: the protection container's count. */
  itemCounts: Map<string, number>;
}

export async function loadVaultFabrics(vault: VaultSummary, db: DbOrTx = getDb()): Promise<VaultFabrics> {
  const [servers, processServers, masterTargets, datastores, vcenters, machines, itemCounts] = await Promise.all([
    listConfigurationServers(vault.id, db),
    listProcessServerViews(vault.id, db),
    listMasterTargetViews(vault.id, db),
    listDatastoreViews(vault.id, db),
    listVCenters(vault.id, db),
    db.replicatedItem.groupBy({ by: ['processServerId'], where: { vaultId: vault.id, processServerId: { not: null } }, _count: { _all: true } }),
    db.replicatedItem.groupBy({ by: ['configurationServerId'], where: { vaultId: vault.id }, _count: { _all: true } }),
  ]);
  const machineCounts = new Map(machines.map((row) => [row.processServerId, row._count._all]));
  const datastoreUuids = new Map(datastores.map((ds) => [ds.id, ds.uuid]));
  const now = new Date();
  const fabrics = servers.map(
    (cs): FabricSource => ({
      configurationServer: cs,
      location: vault.location,
      connectivity: connectivityOf(vault),
      processServers: processServers
        .filter((ps) => ps.configurationServerName === cs.friendlyName)
        .map((ps) => ({ ...ps, machineCount: machineCounts.get(ps.id) ?? 0 })),
      masterTargets: masterTargets.filter((mt) => mt.configurationServerName === cs.friendlyName),
      datastores,
      datastoreUuids,
      now,
    }),
  );
  const fabricOf = new Map(servers.map((cs) => [cs.friendlyName, cs]));
  return {
    fabrics,
    vcenters: vcenters.flatMap((vc) => {
      const cs = fabricOf.get(vc.configurationServerName);
      return cs ? [{ id: vc.id, friendlyName: vc.friendlyName, ipAddress: vc.ipAddress, version: vc.version, fabricName: cs.id, lastHeartbeat: cs.lastHeartbeat }] : [];
    }),
    itemCounts: new Map(itemCounts.map((row) => [row.configurationServerId, row._count._all])),
  };
}

/** The fabric of that name (a configuration server of the vault), or null. */
export async function findFabric(vaultId: string, fabricName: string, db: DbOrTx = getDb()): Promise<{ id: string; friendlyName: string } | null> {
  return db.configurationServer.findFirst({ where: { vaultId, id: fabricName }, select: { id: true, friendlyName: true } });
}
