// Builders for the failover rule tests: facts that pass every rule on their own; a test
// overrides only what the rule under test reads.
import { NOW, minutesAgo } from '../reprotect/test-fixtures';
import type { FailbackTargetFacts, FailoverFacts, FailoverItemFacts } from './facts';

export { NOW, minutesAgo };

export function aReprotectedItem(overrides: Partial<FailoverItemFacts> = {}): FailoverItemFacts {
  return {
    id: 'item-dc-02',
    name: 'dc-02',
    osType: 'Windows',
    protectionState: 'Protected',
    activeLocation: 'Recovery',
    replicationHealth: 'Normal',
    inConfigurationServerDatabase: true,
    sourceVmPresent: true,
    memoryGb: 8,
    azureVmName: 'dc-02-azure',
    azureVmRunning: true,
    diskCount: 1,
    replicationGroup: null,
    recoveryPlans: [],
    activeJob: null,
    ...overrides,
  };
}

export function aFailbackTarget(overrides: Partial<FailbackTargetFacts> = {}): FailbackTargetFacts {
  return {
    masterTarget: {
      id: 'mt-win-02',
      name: 'mt-win-02',
      snapshotCount: 0,
      storageVMotioned: false,
      lastHeartbeat: minutesAgo(1),
      esxiHost: { id: 'host-esx-02', name: 'esx-02.contoso.local' },
    },
    vcenter: { id: 'vc-1', friendlyName: 'vcenter-contoso-01', connected: true },
    bootHost: { id: 'host-esx-02', name: 'esx-02.contoso.local', freeMemoryGb: 128 },
    datastore: { id: 'ds-vmfs-02', symbolicName: 'ds-vmfs-02' },
    ...overrides,
  };
}

export function failoverFacts(overrides: Partial<FailoverFacts> = {}): FailoverFacts {
  return {
    now: NOW,
    configurationServer: { friendlyName: 'cs-contoso-01', connected: true, lastHeartbeat: minutesAgo(1) },
    item: aReprotectedItem(),
    target: aFailbackTarget(),
    points: { latest: minutesAgo(2), latestAppConsistent: minutesAgo(40) },
    ...overrides,
  };
}
