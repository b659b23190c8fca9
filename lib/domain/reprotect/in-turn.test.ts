// The rules tested here, each with its source ("article:" quoted, "service:" described), are listed in docs/reprotect-rules.md.
import { describe, expect, it } from 'vitest';
import { evaluateReprotect } from './evaluate';
import type { ItemFacts, ReprotectSelection } from './facts';
import { decideInTurn } from './in-turn';
import { aWindowsItem, codes, someFacts } from './test-fixtures';

const valid: Required<ReprotectSelection> = {
  masterTargetId: 'mt-win-01',
  processServerId: 'ps-azure-01',
  datastoreId: 'ds-vmfs-01',
  retentionVolumeId: 'vol-r',
};

const turn = (id: string, item: Partial<ItemFacts> = {}, jobId = `job-${id}`) => ({
  facts: someFacts({ item: aWindowsItem({ id, name: id, ...item }) }),
  selection: valid,
  jobId,
});

const outcome = (decisions: ReturnType<typeof decideInTurn>) => decisions.map((d) => (d.accepted ? 'accepted' : codes(d.evaluation.blockers).join(',')));

describe('decideInTurn', () => {
  it('one submission is decided exactly as evaluateReprotect decides it', () => {
    const [only] = decideInTurn([turn('sql')]);
    expect(only!.accepted).toBe(true);
    expect(only!.evaluation).toEqual(evaluateReprotect(turn('sql').facts, valid));
  });

  it('MT_DISK_LIMIT counts the disks accepted before, and each submission stands or falls alone', () => {
    // The master target holds 3 disks of its own: 3 + 30 fits, + 30 more does not, + 20 does.
    const decisions = decideInTurn([turn('a', { diskCount: 30 }), turn('b', { diskCount: 30 }), turn('c', { diskCount: 20 })]);
    expect(outcome(decisions)).toEqual(['accepted', 'MT_DISK_LIMIT', 'accepted']);
  });

  it('a refused submission sends no disks to its master target', () => {
    const decisions = decideInTurn([turn('a', { diskCount: 40, agentRegistered: false }), turn('b', { diskCount: 40 })]);
    expect(outcome(decisions)).toEqual(['ITEM_AGENT_NOT_REGISTERED', 'accepted']);
  });

  it('a second submission for an item accepted before is refused as the operation in progress, naming that job', () => {
    const decisions = decideInTurn([turn('sql', {}, 'job-1'), turn('sql', {}, 'job-2'), turn('web')]);
    expect(outcome(decisions)).toEqual(['accepted', 'ITEM_STATE_NOT_REPROTECTABLE,ITEM_OPERATION_IN_PROGRESS', 'accepted']);
    const busy = decisions[1]!.evaluation.blockers.find((reason) => reason.code === 'ITEM_OPERATION_IN_PROGRESS');
    expect(busy!.message).toContain('sql already has an operation in progress (Reprotect)');
    expect(busy!.subject).toEqual({ kind: 'job', id: 'job-1' });
  });

  it('an item refused before is judged again on its own facts', () => {
    const decisions = decideInTurn([turn('sql', { agentRegistered: false }), turn('sql', { agentRegistered: false })]);
    expect(outcome(decisions)).toEqual(['ITEM_AGENT_NOT_REGISTERED', 'ITEM_AGENT_NOT_REGISTERED']);
  });

  it('without a failback policy nothing is accepted', () => {
    const facts = someFacts({ failbackPolicy: null });
    expect(decideInTurn([{ facts, selection: valid, jobId: 'job-1' }])[0]!.accepted).toBe(false);
  });
});
