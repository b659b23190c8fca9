// The tasks of a Reprotect job, in order, as the real service reports them.
export const REPROTECT_STEPS = [
  { name: 'PrerequisitesCheck', friendlyName: 'Prerequisites check for reprotect' },
  { name: 'PrepareMasterTarget', friendlyName: 'Preparing the master target server' },
  { name: 'PrepareTargetDisks', friendlyName: 'Identifying the on-premises disks' },
  { name: 'StartReverseReplication', friendlyName: 'Starting reverse replication' },
  { name: 'SynchronizeDisks', friendlyName: 'Synchronizing the disks' },
  { name: 'FinalizeProtection', friendlyName: 'Finalizing protection' },
] as const;

export type ReprotectStepName = (typeof REPROTECT_STEPS)[number]['name'];

export const REPROTECT_SCENARIO = 'ReverseReplication';
export const REPROTECT_JOB_NAME = 'Reprotect';
