import 'server-only';
import { randomUUID } from 'node:crypto';
import type {
  DatastoreAccess,
  MasterTargetServer,
  MasterTargetVolume,
  Prisma,
  ReplicatedItem,
} from '../generated/prisma/client';
import { defaultVolumes, volumeRows, type VolumeSpec } from './demo-master-targets';
import { AGENT_VERSION, FAILBACK_POLICY_VALUES, gib, minutesAgo, OS, type SeedDb } from './values';

// Builders for tests: each call makes rows with names of their own, so tests can
// share one database without clashing on unique names.

let counter = 0;
function uniqueSuffix(): string {
  counter += 1;
  return `${counter}-${randomUUID().slice(0, 8)}`;
}

type Fields<T, Omitted extends keyof T> = Partial<Omit<T, Omitted>>;

export interface TestVaultOverrides {
  vault?: Fields<Prisma.VaultCreateManyInput, 'id'>;
  configurationServer?: Fields<Prisma.ConfigurationServerCreateManyInput, 'id' | 'vaultId'>;
  datastore?: Fields<Prisma.DatastoreCreateManyInput, 'id' | 'vcenterId'>;
  /** Access of the test datastore on the test host. */
  datastoreAccess?: DatastoreAccess;
}

export interface TestVault {
  vaultId: string;
  vaultName: string;
  configurationServerId: string;
  onPremProcessServerId: string;
  azureProcessServerId: string;
  vcenterId: string;
  hostId: string;
  datastoreId: string;
  forwardPolicyId: string;
  failbackPolicyId: string;
}

/** A vault that can reprotect: connected CS, on-premises and Azure PS, one host with a VMFS datastore, policies. */
export async function createTestVault(db: SeedDb, overrides: TestVaultOverrides = {}): Promise<TestVault> {
  const suffix = uniqueSuffix();
  const now = new Date();
  const ids = {
    vaultId: randomUUID(),
    configurationServerId: randomUUID(),
    onPremProcessServerId: randomUUID(),
    azureProcessServerId: randomUUID(),
    vcenterId: randomUUID(),
    hostId: randomUUID(),
    datastoreId: randomUUID(),
    forwardPolicyId: randomUUID(),
    failbackPolicyId: randomUUID(),
  };
  const vaultName = overrides.vault?.name ?? `test-vault-${suffix}`;
  const { vaultId, configurationServerId } = ids;

  await db.vault.create({
    data: {
      id: vaultId,
      subscriptionId: randomUUID(),
      resourceGroup: `test-rg-${suffix}`,
      location: 'westeurope',
      s2sVpn: true,
      expressRoute: false,
      ...overrides.vault,
      name: vaultName,
    },
  });
  await db.configurationServer.create({
    data: {
      id: configurationServerId,
      vaultId,
      friendlyName: `cs-${suffix}`,
      ipAddress: '10.0.0.10',
      agentVersion: AGENT_VERSION,
      connectionState: 'Connected',
      lastHeartbeat: minutesAgo(now, 1),
      ...overrides.configurationServer,
    },
  });
  const processServer = {
    vaultId,
    configurationServerId,
    agentVersion: AGENT_VERSION,
    health: 'Healthy' as const,
    lastHeartbeat: minutesAgo(now, 1),
    canReachConfigurationServer: true,
    totalSpaceInBytes: gib(1024),
    availableSpaceInBytes: gib(800),
  };
  await db.processServer.createMany({
    data: [
      {
        ...processServer,
        id: ids.onPremProcessServerId,
        friendlyName: `ps-onprem-${suffix}`,
        ipAddress: '10.0.0.10',
        location: 'OnPremises',
        reachableFromNetworks: ['corp-lan', 'vnet-test'],
      },
      {
        ...processServer,
        id: ids.azureProcessServerId,
        friendlyName: `ps-azure-${suffix}`,
        ipAddress: '10.100.0.4',
        location: 'Azure',
        reachableFromNetworks: ['vnet-test'],
      },
    ],
  });
  await db.vCenterServer.create({
    data: {
      id: ids.vcenterId,
      vaultId,
      configurationServerId,
      friendlyName: `vcenter-${suffix}`,
      ipAddress: '10.0.0.5',
      version: '7.0.3',
    },
  });
  await db.esxiHost.create({
    data: { id: ids.hostId, vcenterId: ids.vcenterId, name: `esx-${suffix}.test.local`, version: '7.0.3', memoryGb: 256 },
  });
  await db.datastore.create({
    data: {
      id: ids.datastoreId,
      vcenterId: ids.vcenterId,
      symbolicName: `ds-vmfs-${suffix}`,
      uuid: randomUUID(),
      type: 'VMFS',
      capacityGb: 2048,
      freeSpaceGb: 1024,
      ...overrides.datastore,
    },
  });
  await db.datastoreMount.create({
    data: { hostId: ids.hostId, datastoreId: ids.datastoreId, access: overrides.datastoreAccess ?? 'ReadWrite' },
  });
  const policy = { vaultId, configurationServerId, appConsistentFrequencyInMinutes: 60 };
  const forward = { recoveryPointThresholdInMinutes: 60, recoveryPointHistoryInMinutes: 1440 };
  await db.replicationPolicy.create({
    data: { ...policy, ...forward, id: ids.forwardPolicyId, friendlyName: `policy-${suffix}`, direction: 'Forward' },
  });
  await db.replicationPolicy.create({
    data: {
      ...policy,
      ...FAILBACK_POLICY_VALUES,
      id: ids.failbackPolicyId,
      friendlyName: `policy-${suffix}-failback`,
      direction: 'Failback',
      forwardPolicyId: ids.forwardPolicyId,
    },
  });
  return { ...ids, vaultName };
}

export type MasterTargetOverrides = Fields<Prisma.MasterTargetServerCreateManyInput, 'id' | 'vaultId'> & {
  /** Replaces the default cache and retention volumes. */
  volumes?: VolumeSpec[];
};

export type TestMasterTarget = MasterTargetServer & { volumes: MasterTargetVolume[] };

/** A sound on-premises master target on the vault's host (Windows unless osType says otherwise). */
export async function createMasterTarget(
  db: SeedDb,
  vault: TestVault,
  overrides: MasterTargetOverrides = {},
): Promise<TestMasterTarget> {
  const { volumes, ...fields } = overrides;
  const osType = fields.osType ?? 'Windows';
  const os = osType === 'Windows' ? OS.ws2019 : OS.ubuntu1804;
  const id = randomUUID();
  await db.masterTargetServer.create({
    data: {
      id,
      vaultId: vault.vaultId,
      configurationServerId: vault.configurationServerId,
      name: `mt-${osType === 'Windows' ? 'win' : 'lnx'}-${uniqueSuffix()}`,
      ipAddress: '10.0.0.20',
      location: 'OnPremises',
      osDistribution: os.osDistribution,
      osVersion: os.osVersion,
      kernelVersion: os.kernelVersion,
      esxiHostId: vault.hostId,
      agentVersion: AGENT_VERSION,
      lastHeartbeat: minutesAgo(new Date(), 1),
      attachedDiskCount: 2,
      ...fields,
      osType,
    },
  });
  await db.masterTargetVolume.createMany({ data: volumeRows(id, volumes ?? defaultVolumes(osType)) });
  return db.masterTargetServer.findUniqueOrThrow({
    where: { id },
    include: { volumes: { orderBy: { volumeName: 'asc' } } },
  });
}

export type ReplicatedItemOverrides = Fields<Prisma.ReplicatedItemCreateManyInput, 'id' | 'vaultId'> & {
  /** Source datastores; default the vault's datastore when the source VM is present, none otherwise. */
  sourceDatastoreIds?: string[];
};

export type TestReplicatedItem = ReplicatedItem & { sourceDatastoreIds: string[] };

/** A Windows VM failed over to Azure and committed: ready for reprotect unless overridden. */
export async function createReplicatedItem(
  db: SeedDb,
  vault: TestVault,
  overrides: ReplicatedItemOverrides = {},
): Promise<TestReplicatedItem> {
  const { sourceDatastoreIds, ...fields } = overrides;
  const osType = fields.osType ?? 'Windows';
  const os = osType === 'Windows' ? OS.ws2016 : OS.ubuntu1604;
  const friendlyName = fields.friendlyName ?? `vm-${uniqueSuffix()}`;
  const sourceVmPresent = fields.sourceVmPresent ?? true;
  const item = await db.replicatedItem.create({
    data: {
      configurationServerId: vault.configurationServerId,
      osDistribution: os.osDistribution,
      osVersion: os.osVersion,
      kernelVersion: os.kernelVersion,
      diskCount: 2,
      azureVmName: `${friendlyName}-azure`,
      protectionState: 'UnplannedFailoverCommitted',
      activeLocation: 'Recovery',
      lastSuccessfulFailoverTime: minutesAgo(new Date(), 120),
      forwardPolicyId: vault.forwardPolicyId,
      // An on-premises VM that still exists runs on the vault's host.
      sourceHostId: sourceVmPresent ? vault.hostId : null,
      ...fields,
      vaultId: vault.vaultId,
      friendlyName,
      osType,
      sourceVmPresent,
    },
  });
  const datastoreIds = sourceDatastoreIds ?? (sourceVmPresent ? [vault.datastoreId] : []);
  await db.replicatedItemDatastore.createMany({
    data: datastoreIds.map((datastoreId) => ({ itemId: item.id, datastoreId })),
  });
  return { ...item, sourceDatastoreIds: datastoreIds };
}
