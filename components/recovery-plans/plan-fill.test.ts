import { describe, expect, it } from 'vitest';
import { evaluateReprotect } from '@/lib/domain/reprotect/evaluate';
import { aDatastore, aMasterTarget, aWindowsItem, OTHER_ESXI_HOST, someFacts } from '@/lib/domain/reprotect/test-fixtures';
import type { PlanReprotectRow } from '@/lib/schemas/recovery-plan-reprotect';
import { fillLabels, fillRows, withMasterTarget } from './plan-fill';

const otherHostMt = aMasterTarget({ id: 'mt-win-02', name: 'mt-win-02', esxiHost: { ...OTHER_ESXI_HOST } });
const machine = (id: string, diskCount = 2) =>
  someFacts({ item: aWindowsItem({ id, name: id, diskCount }), masterTargets: [aMasterTarget(), otherHostMt] });
const empty = (itemId: string): PlanReprotectRow => ({ itemId, masterTargetId: '', processServerId: '', datastoreId: '', retentionVolumeId: '' });

describe('fillRows', () => {
  it('sets a master target on every row where it is eligible, with the default retention drive', () => {
    const machines = [machine('a'), machine('b')];
    const result = fillRows(machines, machines.map((m) => empty(m.item.id)), 'masterTargetId', 'mt-win-01');
    expect(result.applied).toEqual(['a', 'b']);
    expect(result.rows.map((row) => [row.masterTargetId, row.retentionVolumeId])).toEqual([
      ['mt-win-01', 'vol-r'],
      ['mt-win-01', 'vol-r'],
    ]);
  });

  it('skips the rows where the value breaks a rule and says why: the disk limit counts the rows filled before', () => {
    // 3 attached + 30 + 30 > 60: the second row no longer fits.
    const machines = [machine('a', 30), machine('b', 30)];
    const result = fillRows(machines, machines.map((m) => empty(m.item.id)), 'masterTargetId', 'mt-win-01');
    expect(result.applied).toEqual(['a']);
    expect(result.skipped).toEqual([{ name: 'b', reason: expect.stringContaining('at most 60') }]);
    expect(result.rows[1]!.masterTargetId).toBe('');
  });

  it('a datastore is offered only with a master target on a host that mounts it', () => {
    const machines = [machine('a'), machine('b')];
    const rows = [{ ...empty('a'), masterTargetId: 'mt-win-01' }, empty('b')];
    const result = fillRows(machines, rows, 'datastoreId', 'vmfs-01');
    expect(result.applied).toEqual(['a']);
    expect(result.skipped[0]).toEqual({ name: 'b', reason: 'vmfs-01 is not offered with the master target chosen for b.' });
  });
});

describe('withMasterTarget', () => {
  it('keeps a datastore still visible from the new host and drops one that is not', () => {
    const facts = someFacts({
      masterTargets: [aMasterTarget(), otherHostMt],
      datastores: [aDatastore(), aDatastore({ id: 'ds-2', symbolicName: 'vmfs-02', mounts: [{ hostId: OTHER_ESXI_HOST.id, hostName: OTHER_ESXI_HOST.name, access: 'ReadWrite' }] })],
    });
    const row = { ...empty('item-sql-01'), masterTargetId: 'mt-win-01', datastoreId: 'ds-vmfs-01' };
    expect(withMasterTarget(facts, row, 'mt-win-01').datastoreId).toBe('ds-vmfs-01');
    expect(withMasterTarget(facts, row, 'mt-win-02').datastoreId).toBe('');
  });
});

describe('fillLabels', () => {
  it('lists every label offered across the rows once, sorted', () => {
    const evaluations = [machine('a'), machine('b')].map((facts) => evaluateReprotect(facts, { masterTargetId: 'mt-win-01' }));
    expect(fillLabels(evaluations, 'masterTargetId')).toEqual(['mt-win-01', 'mt-win-02']);
    expect(fillLabels(evaluations, 'retentionVolumeId')).toEqual(['C:', 'R:']);
  });
});
