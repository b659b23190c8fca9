import 'server-only';
import type { FileSystem, Prisma } from '../generated/prisma/client';
import { DEMO_CS, type DemoIds, type DemoHost } from './demo-fabric';
import { AGENT_VERSION, gib, minutesAgo, OS, type OsProfile, type SeedDb } from './values';

export interface VolumeSpec {
  volumeName: string;
  fileSystem: FileSystem;
  capacityGb: number;
  freeGb: number;
  isCacheVolume?: boolean;
  inUseAsReplicationTarget?: boolean;
  locked?: boolean;
}

type MasterTargetFlags = Pick<
  Prisma.MasterTargetServerCreateManyInput,
  | 'isCombinedPsMt'
  | 'vmwareToolsInstalled'
  | 'diskEnableUuid'
  | 'storageVMotioned'
  | 'snapshotCount'
  | 'scsiControllerType'
  | 'attachedDiskCount'
  | 'rootOnLvm'
  | 'templateName'
>;

interface MasterTargetSpec {
  name: string;
  flags?: MasterTargetFlags;
  os: OsProfile;
  host: DemoHost;
  ipAddress: string;
  heartbeatMinutesAgo?: number;
  volumes?: VolumeSpec[];
}

const ESX1: DemoHost = 'esx-01.contoso.local';
const ESX2: DemoHost = 'esx-02.contoso.local';

/** The volumes every master target gets unless it lists its own: install (cache) and retention. */
export function defaultVolumes(osType: 'Windows' | 'Linux'): VolumeSpec[] {
  return osType === 'Windows'
    ? [
        { volumeName: 'C:', fileSystem: 'NTFS', capacityGb: 127, freeGb: 61, isCacheVolume: true },
        { volumeName: 'R:', fileSystem: 'NTFS', capacityGb: 500, freeGb: 472 },
      ]
    : [
        { volumeName: '/', fileSystem: 'ext4', capacityGb: 64, freeGb: 38, isCacheVolume: true },
        { volumeName: '/mnt/retention', fileSystem: 'ext4', capacityGb: 500, freeGb: 481 },
      ];
}

// One master target per prerequisite the reprotect rules check, each otherwise
// healthy, so every rule has a machine that trips it and the rest pass.
export const DEMO_MASTER_TARGETS: MasterTargetSpec[] = [
  {
    name: DEMO_CS,
    os: OS.ws2016,
    host: ESX1,
    ipAddress: '10.10.1.10',
    flags: { isCombinedPsMt: true, attachedDiskCount: 9 },
    volumes: [
      { volumeName: 'C:', fileSystem: 'NTFS', capacityGb: 127, freeGb: 44, isCacheVolume: true },
      { volumeName: 'R:', fileSystem: 'NTFS', capacityGb: 500, freeGb: 455 },
      { volumeName: 'E:', fileSystem: 'NTFS', capacityGb: 1024, freeGb: 380, inUseAsReplicationTarget: true },
      { volumeName: 'F:', fileSystem: 'FAT32', capacityGb: 32, freeGb: 30 },
      { volumeName: 'L:', fileSystem: 'NTFS', capacityGb: 250, freeGb: 240, locked: true },
      { volumeName: 'Z:', fileSystem: 'NTFS', capacityGb: 0, freeGb: 0 },
      { volumeName: 'S:', fileSystem: 'ReFS', capacityGb: 1024, freeGb: 1010 },
    ],
  },
  {
    name: 'mt-win-02',
    os: OS.ws2019,
    host: ESX2,
    ipAddress: '10.10.1.21',
    flags: { attachedDiskCount: 4 },
    volumes: [
      ...defaultVolumes('Windows'),
      { volumeName: 'G:', fileSystem: 'FAT', capacityGb: 2, freeGb: 2 },
    ],
  },
  {
    name: 'mt-lnx-01',
    os: OS.ubuntu1804,
    host: ESX1,
    ipAddress: '10.10.1.31',
    flags: { attachedDiskCount: 4 },
    volumes: [
      ...defaultVolumes('Linux'),
      { volumeName: '/mnt/data', fileSystem: 'xfs', capacityGb: 1024, freeGb: 512, inUseAsReplicationTarget: true },
    ],
  },
  { name: 'mt-lnx-02', os: OS.ubuntu1804, host: ESX2, ipAddress: '10.10.1.32', flags: { rootOnLvm: true } },
  { name: 'mt-win-notools', os: OS.ws2019, host: ESX1, ipAddress: '10.10.1.41', flags: { vmwareToolsInstalled: false } },
  { name: 'mt-win-nouuid', os: OS.ws2019, host: ESX2, ipAddress: '10.10.1.42', flags: { diskEnableUuid: false } },
  { name: 'mt-win-vmotion', os: OS.ws2019, host: ESX1, ipAddress: '10.10.1.43', flags: { storageVMotioned: true } },
  { name: 'mt-win-snap', os: OS.ws2019, host: ESX2, ipAddress: '10.10.1.44', flags: { snapshotCount: 2 } },
  { name: 'mt-win-pvscsi', os: OS.ws2019, host: ESX1, ipAddress: '10.10.1.45', flags: { scsiControllerType: 'Paravirtual' } },
  { name: 'mt-win-old', os: OS.ws2008r2, host: ESX2, ipAddress: '10.10.1.46' },
  { name: 'mt-win-tmpl', os: OS.ws2016, host: ESX1, ipAddress: '10.10.1.47', flags: { templateName: 'tmpl-win2016-std' } },
  { name: 'mt-win-stale', os: OS.ws2019, host: ESX2, ipAddress: '10.10.1.48', heartbeatMinutesAgo: 180 },
  { name: 'mt-win-full', os: OS.ws2019, host: ESX1, ipAddress: '10.10.1.49', flags: { attachedDiskCount: 58 } },
];

export async function seedDemoMasterTargets(tx: SeedDb, vaultId: string, now: Date, ids: DemoIds): Promise<void> {
  const configurationServerId = ids('cs', DEMO_CS);
  await tx.masterTargetServer.createMany({
    data: DEMO_MASTER_TARGETS.map(({ name, os, host, ipAddress, heartbeatMinutesAgo, flags }) => ({
      id: ids('mt', name),
      vaultId,
      configurationServerId,
      name,
      ipAddress,
      location: 'OnPremises' as const,
      ...os,
      esxiHostId: ids('host', host),
      agentVersion: AGENT_VERSION,
      lastHeartbeat: minutesAgo(now, heartbeatMinutesAgo ?? 2),
      // A server whose heartbeat is already old has stopped reporting.
      agentResponding: heartbeatMinutesAgo === undefined,
      attachedDiskCount: 2,
      ...flags,
    })),
  });
  await tx.masterTargetVolume.createMany({
    data: DEMO_MASTER_TARGETS.flatMap((mt) =>
      volumeRows(ids('mt', mt.name), mt.volumes ?? defaultVolumes(mt.os.osType), (v) => demoVolumeId(ids, mt.name, v.volumeName)),
    ),
  });
}

export function demoVolumeId(ids: DemoIds, masterTarget: string, volumeName: string): string {
  return ids('volume', `${masterTarget}|${volumeName}`);
}

/** The rows of a master target's volumes; `idOf` gives them stable ids (default: the database's). */
export function volumeRows(
  masterTargetId: string,
  volumes: VolumeSpec[],
  idOf?: (volume: VolumeSpec) => string,
): Prisma.MasterTargetVolumeCreateManyInput[] {
  return volumes.map((v) => ({
    ...(idOf ? { id: idOf(v) } : {}),
    masterTargetId,
    volumeName: v.volumeName,
    fileSystem: v.fileSystem,
    capacityInBytes: gib(v.capacityGb),
    freeSpaceInBytes: gib(v.freeGb),
    isCacheVolume: v.isCacheVolume ?? false,
    inUseAsReplicationTarget: v.inUseAsReplicationTarget ?? false,
    locked: v.locked ?? false,
  }));
}
