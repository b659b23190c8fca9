import type { StepTiming } from './job-state';

// The tasks of a reprotect from on-premises to Azure. The job is a Reprotect
// (ReverseReplication) like the one from Azure; its own task names tell the two apart.

export const REPROTECT_TO_AZURE_STEPS = {
  ForwardPrerequisitesCheck: { name: 'ForwardPrerequisitesCheck', friendlyName: 'Prerequisites check for reprotect', realisticMs: 10_000, fastMs: 200 },
  VerifyMobilityAgent: { name: 'VerifyMobilityAgent', friendlyName: 'Checking the Mobility service on the virtual machine', realisticMs: 15_000, fastMs: 300 },
  StartForwardReplication: { name: 'StartForwardReplication', friendlyName: 'Starting replication to Azure', realisticMs: 20_000, fastMs: 400 },
  InitialReplication: { name: 'InitialReplication', friendlyName: 'Synchronizing the disks to Azure', realisticMs: 90_000, fastMs: 1_500 },
  FinalizeForwardProtection: { name: 'FinalizeForwardProtection', friendlyName: 'Finalizing protection', realisticMs: 10_000, fastMs: 200 },
} as const satisfies Record<string, StepTiming & { name: string; friendlyName: string }>;

export type ReprotectToAzureStepName = keyof typeof REPROTECT_TO_AZURE_STEPS;

export function reprotectToAzureTasks() {
  return Object.values(REPROTECT_TO_AZURE_STEPS).map((step, order) => ({ order, name: step.name, friendlyName: step.friendlyName }));
}
