// Plain facts the reprotect rules read. The data layer loads them from the database
// (lib/data/reprotect-facts.ts); tests build them by hand.

export type OsType = 'Windows' | 'Linux';
export type ServerLocation = 'Azure' | 'OnPremises';
export type ExpressRoutePeering = 'None' | 'Private' | 'Public' | 'PrivateAndPublic';
export type DatastoreType = 'VMFS' | 'vSAN' | 'NFS';
export type DatastoreAccess = 'ReadWrite' | 'ReadOnly';
export type FileSystem = 'NTFS' | 'ReFS' | 'FAT' | 'FAT32' | 'ext4' | 'xfs';
export type ScsiControllerType = 'LsiLogicSas' | 'LsiLogicParallel' | 'Paravirtual' | 'BusLogic';
export type ServerHealth = 'Healthy' | 'Warning' | 'Critical';
export type { ProtectionStateName as ProtectionState, ActiveLocationName as ActiveLocation } from '../protection-status';
import type { ActiveLocationName as ActiveLocation, ProtectionStateName as ProtectionState } from '../protection-status';

export interface SiteConnectivity {
  s2sVpn: boolean;
  expressRoute: boolean;
  expressRoutePeering: ExpressRoutePeering;
}

/**
 * A machine's operating system, one meaning everywhere: the distribution (Windows: the product,
 * "Windows Server") and its version as the portal shows them ("Ubuntu" "18.04", "Windows Server"
 * "2012 R2"), and the kernel's dotted version apart ("4.15.0"; NT "6.3.9600" on Windows).
 */
export interface OsFacts {
  osType: OsType;
  osDistribution: string;
  osVersion: string;
  kernelVersion: string;
}

export interface ItemFacts extends OsFacts {
  id: string;
  name: string;
  diskCount: number;
  templateName: string | null;
  sourceVmPresent: boolean;
  /** Datastores holding the on-premises VM's disks. */
  sourceDatastores: { id: string; symbolicName: string }[];
  agentRegistered: boolean;
  protectionState: ProtectionState;
  activeLocation: ActiveLocation;
  replicationGroup: { id: string; name: string } | null;
  /** Recovery plans the item belongs to (where a grouped item must be reprotected). */
  recoveryPlans: { id: string; name: string }[];
  /** A reprotect (or other operation) on this item that has not finished yet. */
  activeJob: { id: string; name: string } | null;
}

export interface VolumeFacts {
  id: string;
  volumeName: string;
  fileSystem: FileSystem;
  capacityInBytes: number;
  freeSpaceInBytes: number;
  inUseAsReplicationTarget: boolean;
  locked: boolean;
  isCacheVolume: boolean;
}

export interface MasterTargetFacts extends OsFacts {
  id: string;
  name: string;
  location: ServerLocation;
  esxiHost: { id: string; name: string };
  vmwareToolsInstalled: boolean;
  diskEnableUuid: boolean;
  storageVMotioned: boolean;
  snapshotCount: number;
  scsiControllerType: ScsiControllerType;
  /** The MT's own disks. */
  attachedDiskCount: number;
  /** Disks of VMs already reprotected (or being reprotected) to this MT. */
  reprotectedDiskCount: number;
  rootOnLvm: boolean;
  templateName: string | null;
  lastHeartbeat: Date;
  volumes: VolumeFacts[];
}

export interface ProcessServerFacts {
  id: string;
  friendlyName: string;
  location: ServerLocation;
  health: ServerHealth;
  lastHeartbeat: Date;
  canReachConfigurationServer: boolean;
}

export interface DatastoreFacts {
  id: string;
  symbolicName: string;
  type: DatastoreType;
  capacityGb: number;
  freeSpaceGb: number;
  mounts: { hostId: string; hostName: string; access: DatastoreAccess }[];
}

export interface FailbackPolicyFacts {
  id: string;
  friendlyName: string;
  recoveryPointThresholdInMinutes: number;
  recoveryPointHistoryInMinutes: number;
  appConsistentFrequencyInMinutes: number;
}

export interface ConfigurationServerFacts {
  friendlyName: string;
  connected: boolean;
  lastHeartbeat: Date;
}

/** Everything the Re-Protect blade needs to judge one replicated item. */
export interface ReprotectFacts {
  now: Date;
  connectivity: SiteConnectivity;
  configurationServer: ConfigurationServerFacts;
  item: ItemFacts;
  masterTargets: MasterTargetFacts[];
  processServers: ProcessServerFacts[];
  datastores: DatastoreFacts[];
  failbackPolicy: FailbackPolicyFacts | null;
}

export interface ReprotectSelection {
  masterTargetId?: string;
  processServerId?: string;
  datastoreId?: string;
  retentionVolumeId?: string;
}
