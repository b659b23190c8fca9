import { describe, expect, it } from 'vitest';
import { ACTIVE_LOCATIONS, PROTECTION_STATES, type ActiveLocationName, type ProtectionStateName } from '../protection-status';
import {
  CYCLE_OPERATIONS,
  CYCLE_STAGES,
  allowedOperations,
  cycleStage,
  operationCommandState,
  operationDirection,
  stateRefusal,
  type CycleOperation,
} from './operations';

type Cell = [ProtectionStateName, ActiveLocationName];
const key = ([state, location]: Cell) => `${state}/${location}`;

// The whole cycle: what each state allows, and which way. Every other combination is refused.
const ALLOWED: Record<string, Partial<Record<CycleOperation, 'RecoveryToPrimary' | 'PrimaryToRecovery'>>> = {
  // Failed over to Azure and committed: reprotect back to on-premises.
  'UnplannedFailoverCommitted/Recovery': { ReverseReplicate: 'RecoveryToPrimary' },
  // Reprotected: fail back.
  'Protected/Recovery': { UnplannedFailover: 'RecoveryToPrimary' },
  // A failed failback is retried by failing over again.
  'UnplannedFailoverFailed/Recovery': { UnplannedFailover: 'RecoveryToPrimary' },
  // Failed back: commit (removes the Azure VM).
  'UnplannedFailoverCommitPendingStatesBegin/Primary': { Commit: 'RecoveryToPrimary' },
  // Committed on-premises: reprotect to Azure.
  'UnplannedFailoverCommitted/Primary': { ReverseReplicate: 'PrimaryToRecovery' },
  // Failed over to Azure, commit pending: commit.
  'UnplannedFailoverCommitPendingStatesBegin/Recovery': { Commit: 'PrimaryToRecovery' },
};

const cells: Cell[] = PROTECTION_STATES.flatMap((state) => ACTIVE_LOCATIONS.map((location): Cell => [state, location]));
const item = ([protectionState, activeLocation]: Cell) => ({ name: 'dc-02', protectionState, activeLocation });

describe('the failback cycle: every state × every operation', () => {
  it('maps every state and location to a stage of its own', () => {
    const stages = cells.map((cell) => cycleStage(item(cell)));
    expect(new Set(stages).size).toBe(cells.length);
    expect([...stages].sort()).toEqual([...CYCLE_STAGES].sort());
  });

  describe.each(cells)('%s at %s', (state, location) => {
    const cell: Cell = [state, location];
    const expected = ALLOWED[key(cell)] ?? {};

    it.each(CYCLE_OPERATIONS)('%s', (operation) => {
      const direction = expected[operation];
      if (direction) {
        expect(stateRefusal(item(cell), operation)).toBeNull();
        expect(operationDirection(item(cell), operation)).toBe(direction);
        expect(operationCommandState(item(cell), operation)).toEqual({ enabled: true });
      } else {
        const reason = stateRefusal(item(cell), operation);
        // The refusal names the VM, its state, and what to do first (a second sentence).
        expect(reason).toMatch(/^dc-02 (is|has) [^.]+\. \S.+[.]$/);
        expect(operationDirection(item(cell), operation)).toBeNull();
        expect(operationCommandState(item(cell), operation)).toEqual({ enabled: false, reason });
      }
    });

    it('allowedOperations lists exactly the allowed ones, in the service names', () => {
      expect(allowedOperations(item(cell))).toEqual(CYCLE_OPERATIONS.filter((operation) => expected[operation]));
    });
  });

  it('allows nothing while an operation holds the item, whatever its state', () => {
    for (const cell of cells) expect(allowedOperations({ ...item(cell), activeJob: { id: 'job-1' } })).toEqual([]);
  });

  it('words each state differently for the same operation', () => {
    for (const operation of CYCLE_OPERATIONS) {
      const refusals = cells.map((cell) => stateRefusal(item(cell), operation)).filter((reason) => reason !== null);
      expect(new Set(refusals).size).toBe(refusals.length);
    }
  });

  it('walks dc-02 around the whole cycle, one allowed operation at each resting stage', () => {
    const walk: Array<[Cell, CycleOperation]> = [
      [['UnplannedFailoverCommitted', 'Recovery'], 'ReverseReplicate'],
      [['Protected', 'Recovery'], 'UnplannedFailover'],
      [['UnplannedFailoverCommitPendingStatesBegin', 'Primary'], 'Commit'],
      [['UnplannedFailoverCommitted', 'Primary'], 'ReverseReplicate'],
    ];
    for (const [cell, operation] of walk) expect(allowedOperations(item(cell))).toEqual([operation]);
    expect(allowedOperations(item(['Protected', 'Primary']))).toEqual([]);
  });

  it('tells an operator who tries to fail back too early to reprotect first', () => {
    expect(stateRefusal(item(['UnplannedFailoverCommitted', 'Recovery']), 'UnplannedFailover')).toBe(
      'dc-02 has failed over to Azure, and the failover is committed. Reprotect it first, so that it replicates back to on-premises; then fail it over.',
    );
  });
});
