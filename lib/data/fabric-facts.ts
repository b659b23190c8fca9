import type { DatastoreFacts, MasterTargetFacts, ProcessServerFacts } from '../domain/reprotect/facts';
import type { Prisma } from './generated/prisma/client';

// Database rows as the plain facts the reprotect rules judge: one mapping, used by
// the blade's loader and by the infrastructure pages alike.

type MasterTargetRow = Prisma.MasterTargetServerGetPayload<{
  include: { esxiHost: { select: { id: true; name: true } }; volumes: true };
}>;
type ProcessServerRow = Prisma.ProcessServerGetPayload<object>;
type DatastoreRow = Prisma.DatastoreGetPayload<{
  include: { mounts: { include: { host: { select: { id: true; name: true } } } } };
}>;

export function toMasterTargetFacts(mt: MasterTargetRow, reprotectedDiskCount: number): MasterTargetFacts {
  return {
    id: mt.id,
    name: mt.name,
    location: mt.location,
    osType: mt.osType,
    osDistribution: mt.osDistribution,
    osVersion: mt.osVersion,
    kernelVersion: mt.kernelVersion,
    esxiHost: { id: mt.esxiHost.id, name: mt.esxiHost.name },
    vmwareToolsInstalled: mt.vmwareToolsInstalled,
    diskEnableUuid: mt.diskEnableUuid,
    storageVMotioned: mt.storageVMotioned,
    snapshotCount: mt.snapshotCount,
    scsiControllerType: mt.scsiControllerType,
    attachedDiskCount: mt.attachedDiskCount,
    reprotectedDiskCount,
    rootOnLvm: mt.rootOnLvm,
    templateName: mt.templateName,
    lastHeartbeat: mt.lastHeartbeat,
    volumes: mt.volumes.map((v) => ({
      id: v.id,
      volumeName: v.volumeName,
      fileSystem: v.fileSystem,
      capacityInBytes: Number(v.capacityInBytes),
      freeSpaceInBytes: Number(v.freeSpaceInBytes),
      inUseAsReplicationTarget: v.inUseAsReplicationTarget,
      locked: v.locked,
      isCacheVolume: v.isCacheVolume,
    })),
  };
}

export function toProcessServerFacts(ps: ProcessServerRow): ProcessServerFacts {
  return {
    id: ps.id,
    friendlyName: ps.friendlyName,
    location: ps.location,
    health: ps.health,
    lastHeartbeat: ps.lastHeartbeat,
    canReachConfigurationServer: ps.canReachConfigurationServer,
  };
}

export function toDatastoreFacts(ds: DatastoreRow): DatastoreFacts {
  return {
    id: ds.id,
    symbolicName: ds.symbolicName,
    type: ds.type,
    capacityGb: ds.capacityGb,
    freeSpaceGb: ds.freeSpaceGb,
    mounts: ds.mounts.map((m) => ({ hostId: m.host.id, hostName: m.host.name, access: m.access })),
  };
}
