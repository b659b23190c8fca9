import 'server-only';
import type { SiteConnectivity } from '../domain/reprotect/facts';
import type { ConfigurationServerView, VCenterView } from '../schemas/infrastructure';
import type { VaultSummary } from '../schemas/vault';
import { getDb } from './db';
import type { DbOrTx } from './reprotect-facts';

export async function listConfigurationServers(vaultId: string, db: DbOrTx = getDb()): Promise<ConfigurationServerView[]> {
  const rows = await db.configurationServer.findMany({
    where: { vaultId },
    include: { _count: { select: { processServers: true, masterTargets: true, vcenters: true, policies: true } } },
    orderBy: { friendlyName: 'asc' },
  });
  return rows.map((cs) => ({
    id: cs.id,
    friendlyName: cs.friendlyName,
    ipAddress: cs.ipAddress,
    agentVersion: cs.agentVersion,
    connected: cs.connectionState === 'Connected',
    lastHeartbeat: cs.lastHeartbeat,
    processServerCount: cs._count.processServers,
    masterTargetCount: cs._count.masterTargets,
    vcenterCount: cs._count.vcenters,
    policyCount: cs._count.policies,
  }));
}

export async function listVCenters(vaultId: string, db: DbOrTx = getDb()): Promise<VCenterView[]> {
  const rows = await db.vCenterServer.findMany({
    where: { vaultId },
    include: {
      configurationServer: { select: { friendlyName: true } },
      hosts: {
        orderBy: { name: 'asc' },
        include: {
          masterTargets: { select: { id: true, name: true }, orderBy: { name: 'asc' } },
          mounts: { include: { datastore: { select: { id: true, symbolicName: true, type: true } } } },
        },
      },
    },
    orderBy: { friendlyName: 'asc' },
  });
  return rows.map((vc) => ({
    id: vc.id,
    friendlyName: vc.friendlyName,
    ipAddress: vc.ipAddress,
    version: vc.version,
    configurationServerName: vc.configurationServer.friendlyName,
    hosts: vc.hosts.map((host) => ({
      id: host.id,
      name: host.name,
      version: host.version,
      memoryGb: host.memoryGb,
      masterTargets: host.masterTargets,
      mounts: host.mounts
        .map((m) => ({ datastoreId: m.datastore.id, datastoreName: m.datastore.symbolicName, type: m.datastore.type, access: m.access }))
        .sort((a, b) => a.datastoreName.localeCompare(b.datastoreName)),
    })),
  }));
}

/** The site's network to Azure, as the reprotect rules read it. */
export function connectivityOf(vault: Pick<VaultSummary, 's2sVpn' | 'expressRoute' | 'expressRoutePeering'>): SiteConnectivity {
  return { s2sVpn: vault.s2sVpn, expressRoute: vault.expressRoute, expressRoutePeering: vault.expressRoutePeering };
}
