import { AGENT_REGISTRATION_MINUTES } from '../reprotect/constants';

// What the site lab may do for the failback cycle (vCenter, the configuration server, the
// ESXi hosts' memory, and the VMs replicating back or failed back), and what each change
// sets. A change that would leave nothing different is refused with a word why.

export const SITE_CONNECTION_CHANGES = ['connectVcenter', 'disconnectVcenter', 'connectConfigurationServer', 'disconnectConfigurationServer'] as const;
export type SiteConnectionChange = (typeof SITE_CONNECTION_CHANGES)[number];

export function connectionChangeProblem(server: { name: string; connected: boolean }, change: SiteConnectionChange): string | null {
  const connect = change === 'connectVcenter' || change === 'connectConfigurationServer';
  if (connect && server.connected) return `${server.name} is already connected.`;
  if (!connect && !server.connected) return `${server.name} is already disconnected.`;
  return null;
}

export function hostMemoryProblem(host: { name: string; memoryGb: number; freeMemoryGb: number }, freeMemoryGb: number): string | null {
  if (freeMemoryGb > host.memoryGb) return `${host.name} has ${host.memoryGb} GB of memory in all: it cannot have ${freeMemoryGb} GB free.`;
  if (freeMemoryGb === host.freeMemoryGb) return `${host.name} already has ${freeMemoryGb} GB free.`;
  return null;
}

export const FAILBACK_VM_CHANGES = [
  'stallReplication',
  'resumeReplication',
  'removeFromConfigurationServer',
  'addToConfigurationServer',
  'discardRecoveryPoints',
  'takeRecoveryPoint',
  'rebootOnPremisesVm',
  'registerAgentNow',
] as const;
export type FailbackVmChange = (typeof FAILBACK_VM_CHANGES)[number];

export interface FailbackVmState {
  name: string;
  protectionState: string;
  activeLocation: 'Primary' | 'Recovery';
  replicationHealth: string;
  inConfigurationServerDatabase: boolean;
  recoveryPointCount: number;
  agentRegistered: boolean;
}

const replicatingBack = (vm: FailbackVmState) => vm.protectionState === 'Protected' && vm.activeLocation === 'Recovery';
const runsOnPremisesAfterFailback = (vm: FailbackVmState) => vm.activeLocation === 'Primary' && vm.protectionState !== 'Protected';

export function failbackVmChangeProblem(vm: FailbackVmState, change: FailbackVmChange): string | null {
  switch (change) {
    case 'stallReplication':
      return vm.replicationHealth === 'Critical' ? `The replication of ${vm.name} is already critical.` : null;
    case 'resumeReplication':
      return vm.replicationHealth === 'Normal' ? `The replication of ${vm.name} is already healthy.` : null;
    case 'removeFromConfigurationServer':
      return vm.inConfigurationServerDatabase ? null : `${vm.name} is already gone from the configuration server's database.`;
    case 'addToConfigurationServer':
      return vm.inConfigurationServerDatabase ? `${vm.name} is already in the configuration server's database.` : null;
    case 'discardRecoveryPoints':
      if (!replicatingBack(vm)) return `Only a VM replicating back to on-premises has failback recovery points to discard; ${vm.name} is not one.`;
      return vm.recoveryPointCount === 0 ? `${vm.name} has no recovery points.` : null;
    case 'takeRecoveryPoint':
      if (!replicatingBack(vm)) return `Only a VM replicating back to on-premises takes failback recovery points; ${vm.name} is not one.`;
      return vm.recoveryPointCount > 0 ? `${vm.name} already has recovery points; the failback policy takes the next ones.` : null;
    case 'rebootOnPremisesVm':
      return runsOnPremisesAfterFailback(vm) ? null : `${vm.name} does not run on-premises after a failback.`;
    case 'registerAgentNow':
      if (!runsOnPremisesAfterFailback(vm)) return `${vm.name} does not run on-premises after a failback.`;
      return vm.agentRegistered ? `The agent of ${vm.name} is already registered.` : null;
  }
}

/** The item fields a change sets; the recovery points themselves are the data layer's to write. */
export function failbackVmChangePatch(change: FailbackVmChange, now: Date) {
  switch (change) {
    case 'stallReplication':
      return { replicationHealth: 'Critical' as const };
    case 'resumeReplication':
      return { replicationHealth: 'Normal' as const };
    case 'removeFromConfigurationServer':
      return { inConfigurationServerDatabase: false };
    case 'addToConfigurationServer':
      return { inConfigurationServerDatabase: true };
    case 'rebootOnPremisesVm':
      return { agentRegistered: false, agentRegistersAt: new Date(now.getTime() + AGENT_REGISTRATION_MINUTES * 60_000) };
    case 'registerAgentNow':
      return { agentRegistered: true, agentRegistersAt: null };
    // A resynchronization has no RPO until its first point; the point brings one.
    case 'discardRecoveryPoints':
      return { rpoInSeconds: null };
    case 'takeRecoveryPoint':
      return { rpoInSeconds: 30 };
  }
}
