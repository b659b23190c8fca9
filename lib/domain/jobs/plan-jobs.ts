// The jobs of a recovery plan's failover and commit: one plan job that follows a
// machine job per VM, as the plan's reprotect does.

export const PLAN_FAILOVER_SCENARIO = 'RecoveryPlanUnplannedFailover';
export const PLAN_FAILOVER_JOB_NAME = 'Failover';
export const PLAN_FAILOVER_STEPS = [{ name: 'FailoverMachines', friendlyName: 'Fail over the machines of the recovery plan' }] as const;

export const PLAN_COMMIT_SCENARIO = 'RecoveryPlanCommitFailover';
export const PLAN_COMMIT_JOB_NAME = 'Commit';
export const PLAN_COMMIT_STEPS = [{ name: 'CommitMachines', friendlyName: 'Commit the failover of the machines of the recovery plan' }] as const;
