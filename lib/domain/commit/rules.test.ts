import { describe, expect, it } from 'vitest';
import { codes } from '../reprotect/test-fixtures';
import { evaluateCommit, type CommitFacts } from './rules';

const facts = (item: Partial<CommitFacts['item']> = {}, recoveryPointCount = 12): CommitFacts => ({
  item: {
    id: 'item-dc-02',
    name: 'dc-02',
    protectionState: 'UnplannedFailoverCommitPendingStatesBegin',
    activeLocation: 'Primary',
    activeJob: null,
    azureVmName: 'dc-02-azure',
    azureVmExists: true,
    azureVmRunning: false,
    diskCount: 1,
    ...item,
  },
  recoveryPointCount,
});

describe('commit', () => {
  it('after failback: allowed, and says it deletes the shut-down Azure VM, its disk and the failback recovery points', () => {
    const evaluation = evaluateCommit(facts());
    expect(evaluation).toMatchObject({ direction: 'RecoveryToPrimary', canSubmit: true, blockers: [] });
    expect(codes(evaluation.removes)).toEqual(['COMMIT_REMOVES_AZURE_VM']);
    expect(evaluation.removes[0]?.message).toBe(
      'Commit deletes the failed-over VM dc-02-azure in Azure (now shut down) with its disk, and the 12 recovery points of its replication to on-premises. dc-02 then runs on-premises without protection until it is reprotected to Azure.',
    );
  });

  it('after a failover to Azure: allowed, and makes the recovery point final', () => {
    const evaluation = evaluateCommit(facts({ activeLocation: 'Recovery', azureVmRunning: true }, 1));
    expect(evaluation.direction).toBe('PrimaryToRecovery');
    expect(evaluation.removes[0]?.message).toContain('keeps running in Azure as dc-02-azure, and the 1 recovery point kept for it is deleted');
  });

  it('is refused with the state and what to do first when nothing waits for a commit', () => {
    const evaluation = evaluateCommit(facts({ protectionState: 'Protected', activeLocation: 'Recovery' }));
    expect(codes(evaluation.blockers)).toEqual(['ITEM_STATE_NOT_COMMITTABLE']);
    expect(evaluation.blockers[0]?.message).toBe(
      'dc-02 is protected and replicates from Azure to on-premises. There is no failover to commit: fail it over to on-premises first.',
    );
    expect(evaluation.removes).toEqual([]);
  });

  it('one operation at a time: refused while a job holds the item, but not for the commit job itself', () => {
    const held = facts({ activeJob: { id: 'job-7', name: 'Commit' } });
    expect(codes(evaluateCommit(held).blockers)).toEqual(['ITEM_OPERATION_IN_PROGRESS']);
    expect(evaluateCommit(held, { ownJobId: 'job-7' }).canSubmit).toBe(true);
  });
});
