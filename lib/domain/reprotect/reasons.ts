// A reason is data: a stable code, the operator-facing message, and how much it weighs.
// The blade, the server action, the API and the job engine all show the same reasons,
// for every operation of the failback cycle (reprotect, failover, commit).

export type ReprotectField =
  | 'item'
  | 'masterTargetId'
  | 'processServerId'
  | 'datastoreId'
  | 'retentionVolumeId'
  | 'failbackPolicy'
  | 'recoveryPointType'
  | 'forwardPolicy';

export type ReasonSeverity = 'error' | 'warning' | 'info';

/** Where an operator can see (and in the lab, fix) what a reason is about. */
export type ReasonSubject =
  | { kind: 'masterTarget'; id: string }
  | { kind: 'processServer'; id: string }
  | { kind: 'datastore'; id: string }
  | { kind: 'connectivity' }
  | { kind: 'configurationServer' }
  | { kind: 'vcenter' }
  | { kind: 'item'; id: string }
  | { kind: 'recoveryPlan'; id: string }
  | { kind: 'job'; id: string }
  | { kind: 'policy' };

export const REASON_CODES = [
  'ITEM_STATE_NOT_REPROTECTABLE',
  'ITEM_OPERATION_IN_PROGRESS',
  'ITEM_AGENT_NOT_REGISTERED',
  'ITEM_IN_REPLICATION_GROUP',
  'NO_FAILBACK_NETWORK',
  'CONFIGURATION_SERVER_NOT_CONNECTED',
  'NO_FAILBACK_POLICY',
  'MT_NOT_ON_PREMISES',
  'MT_OS_MISMATCH',
  'MT_VMWARE_TOOLS_MISSING',
  'MT_DISK_UUID_DISABLED',
  'MT_STORAGE_VMOTIONED',
  'MT_HEARTBEAT_STALE',
  'MT_HAS_SNAPSHOTS',
  'MT_SCSI_NOT_LSI',
  'MT_ROOT_ON_LVM',
  'MT_OS_OLDER_THAN_VM',
  'MT_SAME_TEMPLATE',
  'MT_DISK_LIMIT',
  'MT_GROUP_MISMATCH',
  'PS_CANNOT_REACH_CS',
  'PS_UNHEALTHY',
  'PS_ON_PREMISES_OVER_VPN',
  'DATASTORE_NFS',
  'DATASTORE_NOT_VISIBLE',
  'DATASTORE_READ_ONLY',
  'DATASTORE_IGNORED',
  'DATASTORE_ALTERNATE_LOCATION',
  'SOURCE_DATASTORE_NOT_WRITABLE',
  'VOLUME_IN_USE',
  'VOLUME_LOCKED',
  'VOLUME_CACHE',
  'VOLUME_FAT',
  'VOLUME_ZERO_CAPACITY',
  'SELECTION_REQUIRED',
  'SELECTION_UNKNOWN',
  // Failover from Azure to on-premises (failback).
  'ITEM_STATE_NOT_FAILOVER',
  'NO_RECOVERY_POINT',
  'NO_APP_CONSISTENT_POINT',
  'ITEM_HEALTH_NOT_OK',
  'VCENTER_NOT_CONNECTED',
  'ITEM_NOT_IN_CS_DATABASE',
  'NO_REPROTECT_SETTINGS',
  'FAILBACK_ALTERNATE_LOCATION',
  'FAILBACK_EXISTING_VM',
  'FAILBACK_VMWARE_TOOLS',
  'FAILBACK_AZURE_VM_SHUTDOWN',
  // Commit.
  'ITEM_STATE_NOT_COMMITTABLE',
  'COMMIT_REMOVES_AZURE_VM',
  // Reprotect from on-premises to Azure.
  'PS_NOT_ON_PREMISES',
  'NO_FORWARD_POLICY',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  code: ReasonCode;
  severity: ReasonSeverity;
  field: ReprotectField;
  message: string;
  subject?: ReasonSubject;
}

export function refuse(
  code: ReasonCode,
  field: ReprotectField,
  message: string,
  subject?: ReasonSubject,
): Reason {
  return { code, severity: 'error', field, message, subject };
}

export function warn(code: ReasonCode, field: ReprotectField, message: string, subject?: ReasonSubject): Reason {
  return { code, severity: 'warning', field, message, subject };
}

export function inform(code: ReasonCode, field: ReprotectField, message: string, subject?: ReasonSubject): Reason {
  return { code, severity: 'info', field, message, subject };
}

export const isBlocking = (reason: Reason): boolean => reason.severity === 'error';
