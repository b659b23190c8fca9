import { describe, expect, it } from 'vitest';
import type { ActiveLocationName, ProtectionStateName } from '../protection-status';
import { planCoverageProblems, planMachineAllowed, planMachineSkipReason, planOperationCommandState } from './plan-rows';

const machine = (name: string, protectionState: ProtectionStateName, activeLocation: ActiveLocationName) => ({ id: `id-${name}`, name, protectionState, activeLocation });

const reprotected = machine('sql', 'Protected', 'Recovery');
const notYet = machine('app', 'UnplannedFailoverCommitted', 'Recovery');
const forward = machine('web', 'Protected', 'Primary');
const failedBack = machine('db', 'UnplannedFailoverCommitPendingStatesBegin', 'Primary');
const committed = machine('dc', 'UnplannedFailoverCommitted', 'Primary');

describe('which machines a plan operation concerns', () => {
  it('failover: rows for the machines protected back and those still on their way; the others left out with the table’s reason', () => {
    expect(planMachineSkipReason(reprotected, 'UnplannedFailover')).toBeNull();
    expect(planMachineSkipReason(notYet, 'UnplannedFailover')).toBeNull();
    expect(planMachineAllowed(notYet, 'UnplannedFailover')).toBe(false);
    expect(planMachineSkipReason(failedBack, 'UnplannedFailover')).toBe('db has failed over to on-premises, and the failover is not committed. It already runs on-premises: commit the failover next.');
    expect(planMachineSkipReason(forward, 'UnplannedFailover')).toContain('not offered here');
  });

  it('commit: rows for failovers waiting for their commit, in either direction', () => {
    expect(planMachineAllowed(failedBack, 'Commit')).toBe(true);
    expect(planMachineAllowed(machine('crm', 'UnplannedFailoverCommitPendingStatesBegin', 'Recovery'), 'Commit')).toBe(true);
    expect(planMachineSkipReason(committed, 'Commit')).toContain('already committed');
  });

  it('reprotect to Azure: rows for the machines committed on-premises, and a commit still pending keeps its row (blocked)', () => {
    expect(planMachineAllowed(committed, 'ReprotectToAzure')).toBe(true);
    expect(planMachineAllowed(notYet, 'ReprotectToAzure')).toBe(false);
    expect(planMachineSkipReason(failedBack, 'ReprotectToAzure')).toBeNull();
    expect(planMachineSkipReason(notYet, 'ReprotectToAzure')).not.toBeNull();
  });

  it('offers a plan command while some machine allows it and no such operation of the plan runs', () => {
    expect(planOperationCommandState([reprotected, notYet], 'UnplannedFailover', false)).toEqual({ enabled: true });
    expect(planOperationCommandState([notYet], 'UnplannedFailover', false)).toEqual({ enabled: false, reason: expect.stringContaining('Reprotect the plan first') });
    expect(planOperationCommandState([reprotected], 'UnplannedFailover', true)).toEqual({ enabled: false, reason: 'A failover of this recovery plan is in progress.' });
    expect(planOperationCommandState([committed], 'Commit', false).enabled).toBe(false);
  });

  it('checks that the rows submitted are exactly the machines the operation concerns now', () => {
    const machines = [reprotected, notYet, forward];
    expect(planCoverageProblems(machines, ['id-sql', 'id-app'], 'UnplannedFailover')).toEqual([]);
    expect(planCoverageProblems(machines, ['id-sql'], 'UnplannedFailover')).toEqual([expect.stringContaining('app is part of this operation too')]);
    expect(planCoverageProblems(machines, ['id-sql', 'id-app', 'id-web'], 'UnplannedFailover')).toHaveLength(1);
    expect(planCoverageProblems(machines, ['id-sql', 'id-app', 'id-gone'], 'UnplannedFailover')).toEqual(['Some rows are for machines that are not in this recovery plan any more.']);
  });
});
