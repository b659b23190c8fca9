// The rules tested here, each with its source ("article:" quoted, "service:" described), are listed in docs/reprotect-rules.md.
import { describe, expect, it } from 'vitest';
import type { ItemFacts, ReprotectSelection } from './facts';
import {
  evaluatePlanReprotect,
  planReasons,
  planReprotectCommandState,
  planReprotectDirection,
  planRowCoverage,
  planSkipReason,
  type PlanRuleRow,
} from './plan-rules';
import { aMasterTarget, aWindowsItem, codes, someFacts } from './test-fixtures';

const GROUP = { id: 'rg-1', name: 'rg-finance' };
const MT_A = { id: 'mt-a', name: 'mt-a' };
const MT_B = { id: 'mt-b', name: 'mt-b' };

const row = (name: string, overrides: Partial<PlanRuleRow> = {}): PlanRuleRow => ({
  itemId: name,
  name,
  osType: 'Windows',
  replicationGroup: GROUP,
  ...overrides,
});

describe('planReasons', () => {
  it.each<[string, PlanRuleRow[], Record<string, string[]>]>([
    ['one group, one master target for all: nothing to say', [row('sql', { masterTarget: MT_A }), row('app', { masterTarget: MT_A })], {}],
    ['one group, master targets not chosen yet: nothing to say', [row('sql'), row('app')], {}],
    ['one group, one row chosen and one not: nothing to say yet', [row('sql', { masterTarget: MT_A }), row('app')], {}],
    [
      'MT_GROUP_MISMATCH: one group split over two master targets, on every row that chose one',
      [row('sql', { masterTarget: MT_A }), row('app', { masterTarget: MT_B }), row('web')],
      { sql: ['MT_GROUP_MISMATCH'], app: ['MT_GROUP_MISMATCH'] },
    ],
    [
      'machines outside any group may use different master targets',
      [row('report', { replicationGroup: null, masterTarget: MT_A }), row('batch', { replicationGroup: null, masterTarget: MT_B })],
      {},
    ],
    [
      'two groups, each on its own master target: nothing to say',
      [
        row('sql', { masterTarget: MT_A }),
        row('app', { masterTarget: MT_A }),
        row('web', { replicationGroup: { id: 'rg-2', name: 'rg-web' }, masterTarget: MT_B }),
      ],
      {},
    ],
    [
      'MT_GROUP_MISMATCH: a group mixing Windows and Linux is refused on every member, whatever is chosen',
      [row('sql', { masterTarget: MT_A }), row('nginx', { osType: 'Linux', masterTarget: MT_A }), row('other', { replicationGroup: null })],
      { sql: ['MT_GROUP_MISMATCH'], nginx: ['MT_GROUP_MISMATCH'] },
    ],
  ])('%s', (_rule, rows, expected) => {
    const reasons = planReasons(rows);
    expect(Object.fromEntries(Object.entries(reasons).map(([id, list]) => [id, codes(list)]))).toEqual(expected);
  });

  it('MT_GROUP_MISMATCH explains that a common point in time cannot be taken and names each choice', () => {
    const reasons = planReasons([row('sql', { masterTarget: MT_A }), row('app', { masterTarget: MT_B })]);
    const [reason] = reasons.sql!;
    expect(reason).toMatchObject({ severity: 'error', field: 'masterTargetId', subject: { kind: 'masterTarget', id: 'mt-a' } });
    expect(reason!.message).toContain('common point in time');
    expect(reason!.message).toContain('sql → mt-a, app → mt-b');
  });

  it('MT_GROUP_MISMATCH for mixed OS is about the machine, and says the group must be all-Windows or all-Linux', () => {
    const reasons = planReasons([row('sql'), row('nginx', { osType: 'Linux' })]);
    expect(reasons.nginx![0]).toMatchObject({ field: 'item' });
    expect(reasons.nginx![0]!.message).toContain('all-Windows or all-Linux');
  });
});

describe('planSkipReason', () => {
  it.each<[string, Pick<ItemFacts, 'protectionState' | 'activeLocation'>, RegExp | null]>([
    ['failed over and committed: gets a row', { protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Recovery' }, null],
    ['commit pending: gets a row (the blade says what blocks it)', { protectionState: 'UnplannedFailoverCommitPendingStatesBegin', activeLocation: 'Recovery' }, null],
    ['being reprotected: gets a row (refused by name)', { protectionState: 'ReprotectInProgress', activeLocation: 'Recovery' }, null],
    ['already protected back: skipped', { protectionState: 'Protected', activeLocation: 'Recovery' }, /already protected/],
    ['still replicating to Azure: skipped as not failed over', { protectionState: 'Protected', activeLocation: 'Primary' }, /has not failed over/],
    ['failover failed, still on-premises: skipped as not failed over', { protectionState: 'UnplannedFailoverFailed', activeLocation: 'Primary' }, /has not failed over/],
  ])('%s', (_case, state, expected) => {
    const reason = planSkipReason({ name: 'vm-1', ...state });
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});

describe('planRowCoverage', () => {
  const committed = { protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Recovery' } as const;
  const machines = [
    { id: 'a', name: 'vm-a', ...committed },
    { id: 'b', name: 'vm-b', ...committed },
    { id: 'c', name: 'vm-c', protectionState: 'Protected', activeLocation: 'Recovery' } as const,
  ];
  it.each<[string, string[], RegExp[]]>([
    ['every machine that needs reprotect has a row: fine', ['a', 'b'], []],
    ['a machine that needs reprotect has no row: refused by name', ['a'], [/values for vm-b/]],
    ['a row for a skipped machine: refused with the skip reason', ['a', 'b', 'c'], [/vm-c is already protected/]],
    ['a row for a machine outside the plan: refused', ['a', 'b', 'x'], [/not in this recovery plan/]],
  ])('%s', (_case, rows, expected) => {
    const problems = planRowCoverage(machines, rows);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
  });
});

describe('evaluatePlanReprotect', () => {
  const valid: Required<ReprotectSelection> = {
    masterTargetId: 'mt-win-01',
    processServerId: 'ps-azure-01',
    datastoreId: 'ds-vmfs-01',
    retentionVolumeId: 'vol-r',
  };
  const grouped = (id: string, diskCount = 2) =>
    someFacts({ item: aWindowsItem({ id, name: id, diskCount, replicationGroup: GROUP, recoveryPlans: [{ id: 'rp', name: 'rp' }] }) });

  it('a grouped machine passes through the plan (ITEM_IN_REPLICATION_GROUP does not apply)', () => {
    const result = evaluatePlanReprotect([{ facts: grouped('sql'), selection: valid }]);
    expect(result.canSubmit).toBe(true);
    expect(codes(result.rows[0]!.evaluation.itemReasons)).toEqual([]);
  });

  it('MT_DISK_LIMIT counts the disks of the other rows headed to the same master target', () => {
    // 3 attached + 30 + 30 = 63 > 60: each row alone fits, together they do not.
    const rows = [grouped('sql', 30), grouped('app', 30)].map((facts) => ({ facts, selection: valid }));
    const result = evaluatePlanReprotect(rows);
    expect(result.canSubmit).toBe(false);
    expect(result.rows.map((r) => codes(r.blockers))).toEqual([['MT_DISK_LIMIT'], ['MT_DISK_LIMIT']]);
    expect(evaluatePlanReprotect(rows.slice(0, 1)).canSubmit).toBe(true);
  });

  it('MT_GROUP_MISMATCH blocks the rows of a group split over two master targets', () => {
    const other = aMasterTarget({ id: 'mt-win-02', name: 'mt-win-02' });
    const withBoth = (id: string) => ({ ...grouped(id), masterTargets: [aMasterTarget(), other] });
    const result = evaluatePlanReprotect([
      { facts: withBoth('sql'), selection: valid },
      { facts: withBoth('app'), selection: { ...valid, masterTargetId: 'mt-win-02', retentionVolumeId: 'vol-r' } },
    ]);
    expect(result.canSubmit).toBe(false);
    expect(result.rows.map((r) => codes(r.planReasons))).toEqual([['MT_GROUP_MISMATCH'], ['MT_GROUP_MISMATCH']]);
  });

  it('a plan with no rows cannot be submitted', () => {
    expect(evaluatePlanReprotect([]).canSubmit).toBe(false);
  });
});

describe('planReprotectCommandState', () => {
  const committed = { protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Recovery' } as const;
  const protectedBack = { protectionState: 'Protected', activeLocation: 'Recovery' } as const;
  it.each<[string, (typeof committed | typeof protectedBack)[], boolean, RegExp | null]>([
    ['a machine failed over and committed: enabled', [protectedBack, committed], false, null],
    ['every machine already protected back: disabled, nothing to reprotect', [protectedBack], false, /nothing to reprotect/],
    ['a reprotect of the plan running: disabled', [committed], true, /in progress/],
  ])('%s', (_case, machines, running, reason) => {
    const state = planReprotectCommandState(machines, running);
    expect(state.enabled).toBe(reason === null);
    if (reason) expect(state.reason).toMatch(reason);
  });

  it('goes to Azure once the plan has failed back and been committed, and to on-premises first while a machine waits for that', () => {
    const onPremises = { protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Primary' } as const;
    expect(planReprotectCommandState([onPremises], false)).toEqual({ enabled: true });
    expect(planReprotectDirection([onPremises, protectedBack])).toBe('PrimaryToRecovery');
    expect(planReprotectDirection([onPremises, committed])).toBe('RecoveryToPrimary');
    expect(planReprotectDirection([protectedBack])).toBeNull();
    // While the reprotect runs its direction holds.
    expect(planReprotectDirection([{ protectionState: 'ReprotectInProgress', activeLocation: 'Primary' }])).toBe('PrimaryToRecovery');
    expect(planReprotectDirection([{ protectionState: 'ReprotectInProgress', activeLocation: 'Recovery' }])).toBe('RecoveryToPrimary');
  });
});
