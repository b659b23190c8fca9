import type { StepTiming } from './job-state';

// The tasks of a Commit. After a failback it deletes the failed-over VM in Azure first.

export const COMMIT_SCENARIO = 'CommitFailover';
export const COMMIT_JOB_NAME = 'Commit';

export const COMMIT_STEPS = {
  CommitPrerequisitesCheck: { name: 'CommitPrerequisitesCheck', friendlyName: 'Prerequisite check', realisticMs: 5_000, fastMs: 150 },
  DeleteAzureVm: { name: 'DeleteAzureVm', friendlyName: 'Deleting the failed-over virtual machine in Azure', realisticMs: 20_000, fastMs: 300 },
  CommitFailover: { name: 'CommitFailover', friendlyName: 'Commit', realisticMs: 10_000, fastMs: 200 },
} as const satisfies Record<string, StepTiming & { name: string; friendlyName: string }>;

export type CommitStepName = keyof typeof COMMIT_STEPS;

export function commitTasks(direction: 'RecoveryToPrimary' | 'PrimaryToRecovery') {
  const steps = direction === 'RecoveryToPrimary' ? [COMMIT_STEPS.CommitPrerequisitesCheck, COMMIT_STEPS.DeleteAzureVm, COMMIT_STEPS.CommitFailover] : [COMMIT_STEPS.CommitPrerequisitesCheck, COMMIT_STEPS.CommitFailover];
  return steps.map((step, order) => ({ order, name: step.name, friendlyName: step.friendlyName }));
}
