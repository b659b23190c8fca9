import { describe, expect, it } from 'vitest';
import {
  FAILBACK_VM_CHANGES,
  connectionChangeProblem,
  failbackVmChangePatch,
  failbackVmChangeProblem,
  hostMemoryProblem,
  type FailbackVmChange,
  type FailbackVmState,
} from './failback-lab-rules';

const NOW = new Date('2026-11-25T12:00:00Z');

const replicatingBack: FailbackVmState = {
  name: 'fb-01',
  protectionState: 'Protected',
  activeLocation: 'Recovery',
  replicationHealth: 'Normal',
  inConfigurationServerDatabase: true,
  recoveryPointCount: 12,
  agentRegistered: true,
};
const justBooted: FailbackVmState = { ...replicatingBack, protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Primary', recoveryPointCount: 0, agentRegistered: false };

describe('lab changes of the failback cycle', () => {
  it('connects and disconnects vCenter and the configuration server, refusing a change that changes nothing', () => {
    expect(connectionChangeProblem({ name: 'vc-01', connected: true }, 'disconnectVcenter')).toBeNull();
    expect(connectionChangeProblem({ name: 'vc-01', connected: true }, 'connectVcenter')).toBe('vc-01 is already connected.');
    expect(connectionChangeProblem({ name: 'cs-01', connected: false }, 'disconnectConfigurationServer')).toBe('cs-01 is already disconnected.');
  });

  it("sets an ESXi host's free memory within its memory", () => {
    const host = { name: 'esx-02', memoryGb: 512, freeMemoryGb: 280 };
    expect(hostMemoryProblem(host, 2)).toBeNull();
    expect(hostMemoryProblem(host, 600)).toContain('512 GB of memory in all');
    expect(hostMemoryProblem(host, 280)).toContain('already has 280 GB free');
  });

  const expected: Record<FailbackVmChange, [FailbackVmState, object, FailbackVmState, RegExp]> = {
    stallReplication: [replicatingBack, { replicationHealth: 'Critical' }, { ...replicatingBack, replicationHealth: 'Critical' }, /already critical/],
    resumeReplication: [{ ...replicatingBack, replicationHealth: 'Critical' }, { replicationHealth: 'Normal' }, replicatingBack, /already healthy/],
    removeFromConfigurationServer: [replicatingBack, { inConfigurationServerDatabase: false }, { ...replicatingBack, inConfigurationServerDatabase: false }, /already gone/],
    addToConfigurationServer: [{ ...replicatingBack, inConfigurationServerDatabase: false }, { inConfigurationServerDatabase: true }, replicatingBack, /already in/],
    discardRecoveryPoints: [replicatingBack, { rpoInSeconds: null }, justBooted, /Only a VM replicating back/],
    takeRecoveryPoint: [{ ...replicatingBack, recoveryPointCount: 0 }, { rpoInSeconds: 30 }, replicatingBack, /already has recovery points/],
    rebootOnPremisesVm: [justBooted, { agentRegistered: false, agentRegistersAt: new Date(NOW.getTime() + 15 * 60_000) }, replicatingBack, /does not run on-premises/],
    registerAgentNow: [justBooted, { agentRegistered: true, agentRegistersAt: null }, { ...justBooted, agentRegistered: true }, /already registered/],
  };

  it.each(FAILBACK_VM_CHANGES)('%s is made where it changes something, and refused with why where it does not', (change) => {
    const [applies, patch, refused, why] = expected[change];
    expect(failbackVmChangeProblem(applies, change)).toBeNull();
    expect(failbackVmChangePatch(change, NOW)).toEqual(patch);
    expect(failbackVmChangeProblem(refused, change)).toMatch(why);
  });
});
