import type { ReplicationHealthName } from '../protection-status';
import type { ConfigurationServerFacts, ItemFacts, OsType } from '../reprotect/facts';

// Plain facts the failover (failback) rules read. The data layer loads them from the
// database (lib/data/failover-facts.ts); tests build them by hand.

/** The service's recovery point types for this provider: the latest processed point, or the latest app-consistent (tagged) one. */
export const RECOVERY_POINT_TYPES = ['LatestTime', 'LatestTag'] as const;
export type RecoveryPointChoiceType = (typeof RECOVERY_POINT_TYPES)[number];

export interface FailoverItemFacts extends Pick<ItemFacts, 'id' | 'name' | 'protectionState' | 'activeLocation' | 'replicationGroup' | 'recoveryPlans' | 'activeJob' | 'sourceVmPresent'> {
  osType: OsType;
  replicationHealth: ReplicationHealthName;
  /** The configuration server still lists the VM (a VM removed from it cannot fail back). */
  inConfigurationServerDatabase: boolean;
  memoryGb: number;
  azureVmName: string;
  azureVmRunning: boolean;
  diskCount: number;
}

/** The item's own newest points. */
export interface ItemRecoveryPoints {
  latest: Date | null;
  latestAppConsistent: Date | null;
}

/** Where the failback writes and boots, from the settings the reprotect chose. */
export interface FailbackTargetFacts {
  masterTarget: {
    id: string;
    name: string;
    snapshotCount: number;
    storageVMotioned: boolean;
    lastHeartbeat: Date;
    esxiHost: { id: string; name: string };
  } | null;
  /** The vCenter of the master target's ESXi host: disks are detached and attached through it. */
  vcenter: { id: string; friendlyName: string; connected: boolean } | null;
  /** The host the VM boots on: its own, or the master target's when it is recreated (alternate location). */
  bootHost: { id: string; name: string; freeMemoryGb: number } | null;
  /** Where a VM deleted on-premises is created again. */
  datastore: { id: string; symbolicName: string } | null;
}

/** Everything the Failover blade needs to judge one replicated item. */
export interface FailoverFacts {
  now: Date;
  configurationServer: ConfigurationServerFacts;
  item: FailoverItemFacts;
  target: FailbackTargetFacts;
  points: ItemRecoveryPoints;
  /** For a member of a replication group: the group's common app-consistent point (null when some member has none). */
  groupAppConsistent?: Date | null;
}

export interface FailoverSelection {
  recoveryPointType?: RecoveryPointChoiceType;
}
