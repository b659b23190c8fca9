import 'server-only';
import type { DatastoreAccess, DatastoreType } from '../generated/prisma/client';
import { AGENT_VERSION, FAILBACK_POLICY_VALUES, gib, minutesAgo, stableId, type SeedDb } from './values';

export const DEMO_VAULT = {
  name: 'contoso-dr-vault',
  subscriptionId: '6f1c2b9e-4d3a-4b8e-9c71-2a5e8d0f3b14',
  resourceGroup: 'contoso-dr-rg',
  location: 'westeurope',
} as const;

export const DEMO_CS = 'cs-contoso-01';
export const DEMO_VCENTER = 'vcenter-contoso-01';
export const DEMO_FORWARD_POLICY = '24-hour-retention-policy';
export const DEMO_FAILBACK_POLICY = '24-hour-retention-policy-failback';

/** The id of a demo row from its kind and name, so that every seed module can refer to it. */
export type DemoIds = (kind: string, name: string) => string;

/** Ids of a demo vault's rows derive from the vault's name: two copies never share one. */
export function demoIdsFor(vaultName: string): DemoIds {
  return (kind, name) => stableId(vaultName, kind, name);
}

/** Ids of the `contoso-dr-vault` demo vault's rows. */
export const demoId = demoIdsFor(DEMO_VAULT.name);

interface DatastoreSpec {
  name: string;
  type: DatastoreType;
  uuid: string;
  capacityGb: number;
  freeSpaceGb: number;
}

export const DEMO_DATASTORES: DatastoreSpec[] = [
  { name: 'ds-vmfs-01', type: 'VMFS', uuid: '5f3c2a1e-8b9d7c6e-4a3f-005056a1b2c3', capacityGb: 2048, freeSpaceGb: 812 },
  { name: 'ds-vmfs-02', type: 'VMFS', uuid: '5f3c2a4b-1e0a9d27-71c2-005056a1b2c4', capacityGb: 4096, freeSpaceGb: 1530 },
  { name: 'ds-vmfs-03', type: 'VMFS', uuid: '60a7d913-3c55e2f0-0b8e-005056a1b2c5', capacityGb: 2048, freeSpaceGb: 1720 },
  { name: 'ds-vsan-01', type: 'vSAN', uuid: 'vsan:52d1f0a3b6c94e27-8a0f6b1d2c3e4f50', capacityGb: 8192, freeSpaceGb: 3277 },
  { name: 'ds-nfs-01', type: 'NFS', uuid: 'c2a9e1f4-7b3d5a60', capacityGb: 1024, freeSpaceGb: 410 },
];

export const DEMO_HOSTS = ['esx-01.contoso.local', 'esx-02.contoso.local'] as const;
export type DemoHost = (typeof DEMO_HOSTS)[number];

// esx-02 sees ds-vmfs-01 read-only and esx-01 sees ds-vmfs-02 read-only, so a VM's
// disks are writable from one master target host and not from the other.
const MOUNTS: Array<[DemoHost, string, DatastoreAccess]> = [
  ['esx-01.contoso.local', 'ds-vmfs-01', 'ReadWrite'],
  ['esx-01.contoso.local', 'ds-vsan-01', 'ReadWrite'],
  ['esx-01.contoso.local', 'ds-nfs-01', 'ReadWrite'],
  ['esx-01.contoso.local', 'ds-vmfs-02', 'ReadOnly'],
  ['esx-02.contoso.local', 'ds-vmfs-02', 'ReadWrite'],
  ['esx-02.contoso.local', 'ds-vmfs-03', 'ReadWrite'],
  ['esx-02.contoso.local', 'ds-vmfs-01', 'ReadOnly'],
];

/** Vault, configuration and process servers, vCenter inventory and the policy pair. */
export async function seedDemoFabric(tx: SeedDb, now: Date, vaultName: string, ids: DemoIds): Promise<string> {
  const vaultId = ids('vault', vaultName);
  const csId = ids('cs', DEMO_CS);
  const fresh = minutesAgo(now, 2);

  // Public peering does not carry failback traffic, so only the S2S VPN does.
  await tx.vault.create({
    data: { id: vaultId, ...DEMO_VAULT, name: vaultName, s2sVpn: true, expressRoute: true, expressRoutePeering: 'Public' },
  });
  await tx.configurationServer.create({
    data: {
      id: csId,
      vaultId,
      friendlyName: DEMO_CS,
      ipAddress: '10.10.1.10',
      agentVersion: AGENT_VERSION,
      connectionState: 'Connected',
      lastHeartbeat: fresh,
    },
  });

  await tx.processServer.createMany({
    data: [
      {
        id: ids('ps', 'ps-azure-weu-01'),
        vaultId,
        configurationServerId: csId,
        friendlyName: 'ps-azure-weu-01',
        ipAddress: '10.200.1.4',
        location: 'Azure',
        agentVersion: AGENT_VERSION,
        health: 'Healthy',
        lastHeartbeat: minutesAgo(now, 1),
        canReachConfigurationServer: true,
        reachableFromNetworks: ['vnet-dr-weu'],
        totalSpaceInBytes: gib(1024),
        availableSpaceInBytes: gib(742),
      },
      {
        id: ids('ps', DEMO_CS),
        vaultId,
        configurationServerId: csId,
        friendlyName: DEMO_CS,
        ipAddress: '10.10.1.10',
        location: 'OnPremises',
        agentVersion: AGENT_VERSION,
        health: 'Healthy',
        lastHeartbeat: fresh,
        canReachConfigurationServer: true,
        reachableFromNetworks: ['corp-lan', 'vnet-dr-weu'],
        totalSpaceInBytes: gib(600),
        availableSpaceInBytes: gib(318),
      },
      {
        id: ids('ps', 'ps-azure-weu-02'),
        vaultId,
        configurationServerId: csId,
        friendlyName: 'ps-azure-weu-02',
        ipAddress: '10.200.1.5',
        location: 'Azure',
        agentVersion: AGENT_VERSION,
        health: 'Critical',
        lastHeartbeat: minutesAgo(now, 180),
        agentResponding: false,
        canReachConfigurationServer: false,
        reachableFromNetworks: ['vnet-dr-weu'],
        totalSpaceInBytes: gib(1024),
        availableSpaceInBytes: gib(960),
      },
    ],
  });

  const vcenterId = ids('vcenter', DEMO_VCENTER);
  await tx.vCenterServer.create({
    data: {
      id: vcenterId,
      vaultId,
      configurationServerId: csId,
      friendlyName: DEMO_VCENTER,
      ipAddress: '10.10.1.5',
      version: '7.0.3',
    },
  });
  await tx.esxiHost.createMany({
    // Each host runs other VMs too: a failed-back VM boots only within what is left.
    data: DEMO_HOSTS.map((name, index) => ({ id: ids('host', name), vcenterId, name, version: '7.0.3', memoryGb: 512, freeMemoryGb: index === 0 ? 320 : 280 })),
  });
  await tx.datastore.createMany({
    data: DEMO_DATASTORES.map((d) => ({
      id: ids('datastore', d.name),
      vcenterId,
      symbolicName: d.name,
      uuid: d.uuid,
      type: d.type,
      capacityGb: d.capacityGb,
      freeSpaceGb: d.freeSpaceGb,
    })),
  });
  await tx.datastoreMount.createMany({
    data: MOUNTS.map(([host, datastore, access]) => ({
      hostId: ids('host', host),
      datastoreId: ids('datastore', datastore),
      access,
    })),
  });

  const forwardPolicyId = ids('policy', DEMO_FORWARD_POLICY);
  await tx.replicationPolicy.create({
    data: {
      id: forwardPolicyId,
      vaultId,
      configurationServerId: csId,
      friendlyName: DEMO_FORWARD_POLICY,
      direction: 'Forward',
      recoveryPointThresholdInMinutes: 60,
      recoveryPointHistoryInMinutes: 1440,
      appConsistentFrequencyInMinutes: 60,
    },
  });
  await tx.replicationPolicy.create({
    data: {
      id: ids('policy', DEMO_FAILBACK_POLICY),
      vaultId,
      configurationServerId: csId,
      friendlyName: DEMO_FAILBACK_POLICY,
      direction: 'Failback',
      ...FAILBACK_POLICY_VALUES,
      forwardPolicyId,
    },
  });
  return vaultId;
}
