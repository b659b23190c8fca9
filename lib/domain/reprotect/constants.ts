/** A master target may hold at most this many disks across the VMs reprotected to it. */
export const MAX_DISKS_PER_MASTER_TARGET = 60;

/** A server whose last heartbeat is older than this is treated as not responding. */
export const HEARTBEAT_STALE_AFTER_MINUTES = 15;

/** After the Azure VM boots, its agent can take this long to register with the CS. */
export const AGENT_REGISTRATION_MINUTES = 15;

export const DEFAULT_RETENTION_VOLUME = { Windows: 'R:', Linux: '/mnt/retention' } as const;

/** The failback policy is created with fixed values and cannot be edited. */
export const FAILBACK_POLICY_VALUES = {
  recoveryPointThresholdInMinutes: 15,
  recoveryPointHistoryInMinutes: 24 * 60,
  appConsistentFrequencyInMinutes: 60,
} as const;

export const SUPPORTED_SCSI_CONTROLLERS = ['LsiLogicSas', 'LsiLogicParallel'] as const;
export const SUPPORTED_DATASTORE_TYPES = ['VMFS', 'vSAN'] as const;
