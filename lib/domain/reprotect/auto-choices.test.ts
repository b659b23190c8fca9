import { describe, expect, it } from 'vitest';
import { autoPlanRows, firstAcceptedChoices } from './auto-choices';
import { evaluatePlanReprotect } from './plan-rules';
import { aMasterTarget, aWindowsItem, someFacts } from './test-fixtures';

describe('choices made as an operator goes down the blade', () => {
  it('picks the first master target the rules accept, then what it allows, with the default retention drive', () => {
    const broken = aMasterTarget({ id: 'mt-a', name: 'mt-a', snapshotCount: 2 });
    const good = aMasterTarget({ id: 'mt-b', name: 'mt-b' });
    expect(firstAcceptedChoices(someFacts({ masterTargets: [broken, good] }))).toEqual({
      itemId: 'item-sql-01',
      masterTargetId: 'mt-b',
      processServerId: 'ps-azure-01',
      datastoreId: 'ds-vmfs-01',
      retentionVolumeId: 'vol-r',
    });
  });

  it('gives nothing when the item itself cannot be reprotected', () => {
    expect(firstAcceptedChoices(someFacts({ item: aWindowsItem({ protectionState: 'UnplannedFailoverCommitPendingStatesBegin' }) }))).toBeNull();
  });

  it('keeps to the master targets it is given', () => {
    const facts = someFacts({ masterTargets: [aMasterTarget({ id: 'mt-a' }), aMasterTarget({ id: 'mt-b' })] });
    expect(firstAcceptedChoices(facts, {}, ['mt-b'])?.masterTargetId).toBe('mt-b');
  });
});

describe('a recovery plan reprotected without values', () => {
  const group = { id: 'group-1', name: 'rg-finance' };
  const mts = [aMasterTarget({ id: 'mt-a', name: 'mt-a', attachedDiskCount: 50 }), aMasterTarget({ id: 'mt-b', name: 'mt-b' })];

  it('counts the disks of earlier rows against a master target and puts a replication group on one master target', () => {
    const machines = [
      someFacts({ masterTargets: mts, item: aWindowsItem({ id: 'a', name: 'a', diskCount: 6, replicationGroup: group, recoveryPlans: [{ id: 'p', name: 'p' }] }) }),
      someFacts({ masterTargets: mts, item: aWindowsItem({ id: 'b', name: 'b', diskCount: 6, replicationGroup: group, recoveryPlans: [{ id: 'p', name: 'p' }] }) }),
      someFacts({ masterTargets: mts, item: aWindowsItem({ id: 'c', name: 'c', diskCount: 6 }) }),
    ];
    const { rows, unplaced } = autoPlanRows(machines);
    // mt-a takes 6 of its 10 free disks for a; b must follow a onto mt-a (4 left: refused, so empty values); c goes to mt-b.
    expect(rows.map((row) => row.masterTargetId)).toEqual(['mt-a', 'mt-a', 'mt-b']);
    expect(rows[1]!.processServerId).toBe('');
    expect(unplaced).toEqual([{ itemId: 'b', name: 'b', reasons: [expect.objectContaining({ code: 'MT_DISK_LIMIT' })] }]);
    const evaluation = evaluatePlanReprotect(machines.map((facts, index) => ({ facts, selection: rows[index]! })));
    expect(evaluation.canSubmit).toBe(false);
    expect(evaluation.rows[1]!.blockers.map((reason) => reason.code)).toContain('MT_DISK_LIMIT');
  });

  it('gives every machine values the plan rules accept when there is room', () => {
    const machines = [
      someFacts({ masterTargets: mts, item: aWindowsItem({ id: 'a', name: 'a', diskCount: 2, replicationGroup: group }) }),
      someFacts({ masterTargets: mts, item: aWindowsItem({ id: 'b', name: 'b', diskCount: 2, replicationGroup: group }) }),
    ];
    const { rows, unplaced } = autoPlanRows(machines);
    expect(unplaced).toEqual([]);
    expect(evaluatePlanReprotect(machines.map((facts, index) => ({ facts, selection: rows[index]! }))).canSubmit).toBe(true);
  });
});
