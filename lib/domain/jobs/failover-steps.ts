import type { StepTiming } from './job-state';

// The tasks of a failover from Azure to on-premises (failback), in order, as the service
// runs them. A few depend on the VM: its OS (VMware tools) and whether it still exists
// on-premises (updated in place, or created on the master target's host).

export const FAILOVER_SCENARIO = 'UnplannedFailover';
export const FAILOVER_JOB_NAME = 'Failover';

interface StepDefinition extends StepTiming {
  name: string;
  friendlyName: string;
}

export const FAILOVER_STEPS = {
  FailoverPrerequisitesCheck: { name: 'FailoverPrerequisitesCheck', friendlyName: 'Prerequisites check for failover', realisticMs: 10_000, fastMs: 200 },
  ShutdownAzureVm: { name: 'ShutdownAzureVm', friendlyName: 'Shutting down the virtual machine in Azure', realisticMs: 20_000, fastMs: 300 },
  PrepareFailbackDisks: { name: 'PrepareFailbackDisks', friendlyName: 'Preparing and attaching the disks on the master target', realisticMs: 40_000, fastMs: 500 },
  CreateOnPremisesVm: { name: 'CreateOnPremisesVm', friendlyName: 'Updating the on-premises virtual machine', realisticMs: 30_000, fastMs: 400 },
  EnableVmwareTools: { name: 'EnableVmwareTools', friendlyName: 'Enabling VMware tools on the virtual machine', realisticMs: 10_000, fastMs: 200 },
  StartOnPremisesVm: { name: 'StartOnPremisesVm', friendlyName: 'Starting the virtual machine on-premises', realisticMs: 20_000, fastMs: 400 },
  FinalizeFailover: { name: 'FinalizeFailover', friendlyName: 'Finalizing the failover', realisticMs: 5_000, fastMs: 150 },
} as const satisfies Record<string, StepDefinition>;

export type FailoverStepName = keyof typeof FAILOVER_STEPS;

/** The tasks of one VM's failover: Windows VMs get VMware tools back; a deleted VM is created on a host. */
export function failoverTasks(vm: { osType: 'Windows' | 'Linux'; sourceVmPresent: boolean; bootHostName: string | null }) {
  const steps: StepDefinition[] = [FAILOVER_STEPS.FailoverPrerequisitesCheck, FAILOVER_STEPS.ShutdownAzureVm, FAILOVER_STEPS.PrepareFailbackDisks];
  steps.push(
    vm.sourceVmPresent
      ? FAILOVER_STEPS.CreateOnPremisesVm
      : { ...FAILOVER_STEPS.CreateOnPremisesVm, friendlyName: `Creating the virtual machine on ${vm.bootHostName ?? "the master target's host"}` },
  );
  if (vm.osType === 'Windows') steps.push(FAILOVER_STEPS.EnableVmwareTools);
  steps.push(FAILOVER_STEPS.StartOnPremisesVm, FAILOVER_STEPS.FinalizeFailover);
  return steps.map((step, order) => ({ order, name: step.name, friendlyName: step.friendlyName }));
}
