import 'server-only';
import { randomUUID } from 'node:crypto';
import type { DatastoreType, OsType, Prisma } from '../generated/prisma/client';
import { pick, type Random } from './random';
import { AGENT_VERSION, FAILBACK_POLICY_VALUES, gib, minutesAgo, OS, type SeedDb } from './values';

export interface BenchMasterTarget {
  id: string;
  osType: OsType;
  retentionVolumeId: string;
  /** VMFS/vSAN datastores its host mounts read-write: valid reprotect targets. */
  writableDatastoreIds: string[];
}

export interface BenchFabric {
  vaultId: string;
  configurationServerId: string;
  processServerIds: string[];
  datastoreIds: string[];
  masterTargets: BenchMasterTarget[];
  forwardPolicyId: string;
  failbackPolicyId: string;
  replicationGroupIds: string[];
}

interface BenchFabricOptions {
  vaultName: string;
  masterTargets: number;
  volumesPerMasterTarget: number;
  replicationGroups: number;
  random: Random;
  now: Date;
}

const HOSTS = 4;
const WINDOWS_MT_OS = [OS.ws2016, OS.ws2019];
const LINUX_FILE_SYSTEM = { NTFS: 'ext4', ReFS: 'xfs' } as const;
const DATASTORE_TYPES: DatastoreType[] = ['VMFS', 'VMFS', 'VMFS', 'VMFS', 'VMFS', 'vSAN', 'vSAN', 'NFS'];

type VolumeRow = Omit<Prisma.MasterTargetVolumeCreateManyInput, 'masterTargetId' | 'volumeName'>;
// Extra volumes cycle through each retention-drive rule so every MT has ineligible ones too.
const EXTRA_VOLUMES: VolumeRow[] = [
  { fileSystem: 'NTFS', capacityInBytes: gib(1024), freeSpaceInBytes: gib(700) },
  { fileSystem: 'NTFS', capacityInBytes: gib(1024), freeSpaceInBytes: gib(300), inUseAsReplicationTarget: true },
  { fileSystem: 'FAT32', capacityInBytes: gib(32), freeSpaceInBytes: gib(30) },
  { fileSystem: 'NTFS', capacityInBytes: gib(250), freeSpaceInBytes: gib(240), locked: true },
  { fileSystem: 'ReFS', capacityInBytes: gib(2048), freeSpaceInBytes: gib(1900) },
];

/** Vault, servers, vCenter inventory, master targets with volumes, policies and groups of a bench vault. */
export async function createBenchFabric(db: SeedDb, options: BenchFabricOptions): Promise<BenchFabric> {
  const { random, now } = options;
  const vaultId = randomUUID();
  const configurationServerId = randomUUID();
  const heartbeat = minutesAgo(now, 1);
  await db.vault.create({
    data: {
      id: vaultId,
      name: options.vaultName,
      subscriptionId: randomUUID(),
      resourceGroup: `${options.vaultName}-rg`,
      location: 'westeurope',
      s2sVpn: true,
      expressRoute: true,
      expressRoutePeering: 'Private',
    },
  });
  await db.configurationServer.create({
    data: {
      id: configurationServerId,
      vaultId,
      friendlyName: 'cs-bench-01',
      ipAddress: '10.20.0.10',
      agentVersion: AGENT_VERSION,
      lastHeartbeat: heartbeat,
    },
  });

  // The first runs on-premises with the CS; the last Azure one is cut off from the CS.
  const psNames = ['ps-bench-onprem-01', 'ps-bench-azure-01', 'ps-bench-azure-02', 'ps-bench-azure-03'];
  const processServers: Prisma.ProcessServerCreateManyInput[] = psNames.map(
    (friendlyName, i) => ({
      id: randomUUID(),
      vaultId,
      configurationServerId,
      friendlyName,
      ipAddress: `10.${i === 0 ? 20 : 210}.0.${10 + i}`,
      location: i === 0 ? 'OnPremises' : 'Azure',
      agentVersion: AGENT_VERSION,
      health: i === 3 ? 'Critical' : 'Healthy',
      lastHeartbeat: i === 3 ? minutesAgo(now, 240) : heartbeat,
      canReachConfigurationServer: i !== 3,
      reachableFromNetworks: i === 0 ? ['corp-lan', 'vnet-bench'] : ['vnet-bench'],
      totalSpaceInBytes: gib(2048),
      availableSpaceInBytes: gib(600 + i * 300),
    }),
  );
  await db.processServer.createMany({ data: processServers });

  const vcenterId = randomUUID();
  await db.vCenterServer.create({
    data: {
      id: vcenterId,
      vaultId,
      configurationServerId,
      friendlyName: 'vcenter-bench-01',
      ipAddress: '10.20.0.5',
      version: '8.0.2',
    },
  });
  const hostIds = Array.from({ length: HOSTS }, () => randomUUID());
  await db.esxiHost.createMany({
    data: hostIds.map((id, i) => ({
      id,
      vcenterId,
      name: `esx-${String(i + 1).padStart(2, '0')}.bench.local`,
      version: '8.0.2',
      memoryGb: 768,
    })),
  });
  const datastores = DATASTORE_TYPES.map((type, i) => ({
    id: randomUUID(),
    vcenterId,
    symbolicName: `ds-${type.toLowerCase()}-${String(i + 1).padStart(2, '0')}`,
    uuid: randomUUID(),
    type,
    capacityGb: 4096,
    freeSpaceGb: 500 + Math.floor(random() * 3000),
  }));
  await db.datastore.createMany({ data: datastores });
  // Every host sees every datastore; about one mount in four is read-only.
  const mounts = hostIds.flatMap((hostId, h) =>
    datastores.map((d, i) => ({
      hostId,
      datastoreId: d.id,
      access: (h + i) % 4 === 0 ? ('ReadOnly' as const) : ('ReadWrite' as const),
    })),
  );
  await db.datastoreMount.createMany({ data: mounts });

  const masterTargets: BenchMasterTarget[] = [];
  const mtRows: Prisma.MasterTargetServerCreateManyInput[] = [];
  const volumeRows: Prisma.MasterTargetVolumeCreateManyInput[] = [];
  for (let i = 0; i < options.masterTargets; i++) {
    const id = randomUUID();
    const linux = i % 3 === 2;
    const hostIndex = i % HOSTS;
    const flaw = random();
    mtRows.push({
      id,
      vaultId,
      configurationServerId,
      name: `mt-${linux ? 'lnx' : 'win'}-${String(i + 1).padStart(3, '0')}`,
      ipAddress: `10.20.1.${(i % 250) + 1}`,
      ...(linux ? OS.ubuntu1804 : pick(random, WINDOWS_MT_OS)),
      esxiHostId: hostIds[hostIndex]!,
      agentVersion: AGENT_VERSION,
      lastHeartbeat: flaw < 0.05 ? minutesAgo(now, 300) : heartbeat,
      snapshotCount: flaw >= 0.05 && flaw < 0.1 ? 1 : 0,
      storageVMotioned: flaw >= 0.1 && flaw < 0.15,
      attachedDiskCount: 1 + Math.floor(random() * 40),
    });
    const names = linux
      ? ['/', '/mnt/retention', ...Array.from({ length: 58 }, (_, k) => `/mnt/data${k + 1}`)]
      : ['C:', 'R:', ...'DEFGHIJKLMNOPQSTUVWXYZ'.split('').map((l) => `${l}:`)];
    const count = Math.min(Math.max(2, options.volumesPerMasterTarget), names.length);
    const volumeIds = names.slice(0, count).map(() => randomUUID());
    names.slice(0, count).forEach((volumeName, k) => {
      const base: VolumeRow =
        k === 0
          ? { fileSystem: 'NTFS', capacityInBytes: gib(127), freeSpaceInBytes: gib(50), isCacheVolume: true }
          : k === 1
            ? { fileSystem: 'NTFS', capacityInBytes: gib(1024), freeSpaceInBytes: gib(900) }
            : EXTRA_VOLUMES[(k - 2) % EXTRA_VOLUMES.length]!;
      const fileSystem =
        linux && (base.fileSystem === 'NTFS' || base.fileSystem === 'ReFS') ? LINUX_FILE_SYSTEM[base.fileSystem] : base.fileSystem;
      volumeRows.push({ ...base, id: volumeIds[k]!, masterTargetId: id, volumeName, fileSystem });
    });
    masterTargets.push({
      id,
      osType: linux ? 'Linux' : 'Windows',
      retentionVolumeId: volumeIds[1]!,
      writableDatastoreIds: mounts
        .filter((m) => m.hostId === hostIds[hostIndex] && m.access === 'ReadWrite')
        .map((m) => m.datastoreId)
        .filter((dsId) => datastores.find((d) => d.id === dsId)!.type !== 'NFS'),
    });
  }
  await db.masterTargetServer.createMany({ data: mtRows });
  await db.masterTargetVolume.createMany({ data: volumeRows });

  const forwardPolicyId = randomUUID();
  const failbackPolicyId = randomUUID();
  const policy = { vaultId, configurationServerId, appConsistentFrequencyInMinutes: 60 };
  await db.replicationPolicy.createMany({
    data: [
      {
        ...policy,
        id: forwardPolicyId,
        friendlyName: 'bench-policy',
        direction: 'Forward',
        recoveryPointThresholdInMinutes: 60,
        recoveryPointHistoryInMinutes: 1440,
      },
      {
        ...policy,
        ...FAILBACK_POLICY_VALUES,
        id: failbackPolicyId,
        friendlyName: 'bench-policy-failback',
        direction: 'Failback',
        forwardPolicyId,
      },
    ],
  });

  const replicationGroupIds = Array.from({ length: Math.max(1, options.replicationGroups) }, () => randomUUID());
  await db.replicationGroup.createMany({
    data: replicationGroupIds.map((id, i) => ({ id, vaultId, name: `rg-bench-${String(i + 1).padStart(3, '0')}` })),
  });

  return {
    vaultId,
    configurationServerId,
    processServerIds: processServers.filter((p) => p.location === 'Azure' && p.health === 'Healthy').map((p) => p.id!),
    datastoreIds: datastores.map((d) => d.id),
    masterTargets,
    forwardPolicyId,
    failbackPolicyId,
    replicationGroupIds,
  };
}
