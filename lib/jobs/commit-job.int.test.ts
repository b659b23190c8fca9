import { describe, expect, it } from 'vitest';
import { submitCommit, validateCommit } from '../data/commit';
import { submitFailover } from '../data/failover';
import { createReplicatedItem } from '../data/seed/factories';
import { requestCancel, restartJob } from './actions';
import { reprotectedItem } from './cycle-test-kit';
import { db, instant, loadItem, loadJob, setUpRunnerTestVault, testVault } from './runner-test-kit';

setUpRunnerTestVault();

/** A VM failed back through the real job: on-premises, commit pending, its Azure VM shut down. */
async function failedBack() {
  const { item } = await reprotectedItem(db(), testVault());
  const result = await submitFailover(testVault().vaultId, { itemId: item.id, direction: 'RecoveryToPrimary', recoveryPointType: 'LatestTime' }, db());
  if (!result.ok) throw new Error(result.error.message);
  await instant().runOnce();
  return item;
}

const commit = (itemId: string) => submitCommit(testVault().vaultId, { itemId }, db());

describe('commit', () => {
  it('after failback: says what it removes, then deletes the Azure VM and ends the replication that brought the VM back', async () => {
    const item = await failedBack();
    const dry = await validateCommit(testVault().vaultId, { itemId: item.id }, db());
    expect(dry.ok && dry.data.removes[0]?.message).toContain(`Commit deletes the failed-over VM ${item.azureVmName} in Azure (now shut down)`);
    expect(dry.ok && dry.data.removes[0]?.message).toContain('4 recovery points');

    const result = await commit(item.id);
    if (!result.ok) throw new Error(result.error.message);
    await instant().runOnce();
    const job = await loadJob(result.data.jobId);
    expect(job).toMatchObject({ scenarioName: 'CommitFailover', friendlyName: 'Commit', state: 'Succeeded' });
    expect(job.tasks.map((task) => task.friendlyName)).toEqual(['Prerequisite check', 'Deleting the failed-over virtual machine in Azure', 'Commit']);
    expect(await loadItem(item.id)).toMatchObject({
      protectionState: 'UnplannedFailoverCommitted',
      activeLocation: 'Primary',
      azureVmExists: false,
      azureVmRunning: false,
      masterTargetId: null,
      processServerId: null,
      datastoreId: null,
      retentionVolumeId: null,
      failbackPolicyId: null,
    });
    expect(await db().recoveryPoint.count({ where: { itemId: item.id } })).toBe(0);
  });

  it('after a failover to Azure: makes the recovery point final and keeps the VM running in Azure', async () => {
    const item = await createReplicatedItem(db(), testVault(), { protectionState: 'UnplannedFailoverCommitPendingStatesBegin', activeLocation: 'Recovery' });
    const result = await commit(item.id);
    if (!result.ok) throw new Error(result.error.message);
    await instant().runOnce();
    const job = await loadJob(result.data.jobId);
    expect(job.tasks.map((task) => task.name)).toEqual(['CommitPrerequisitesCheck', 'CommitFailover']);
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Recovery', azureVmExists: true, azureVmRunning: true });
  });

  it('is refused with the state and what to do first when there is nothing to commit, writing nothing', async () => {
    const { item } = await reprotectedItem(db(), testVault());
    const before = await db().job.count();
    expect(await commit(item.id)).toMatchObject({
      ok: false,
      error: { kind: 'refused', message: expect.stringContaining('There is no failover to commit: fail it over to on-premises first.') },
    });
    expect(await db().job.count()).toBe(before);
  });

  it('cannot be cancelled, and a failed commit is restarted from where it stopped', async () => {
    const item = await failedBack();
    const result = await commit(item.id);
    if (!result.ok) throw new Error(result.error.message);
    expect(await requestCancel(db(), result.data.jobId)).toMatchObject({ ok: false, error: { kind: 'refused', message: 'A commit job cannot be cancelled.' } });
    let broke = false;
    await instant({
      hooks: {
        beforeStep({ step }) {
          if (step === 'CommitFailover' && !broke) {
            broke = true;
            throw new Error('Azure did not answer');
          }
        },
      },
    }).runOnce();
    const failed = await loadJob(result.data.jobId);
    expect(failed.state).toBe('Failed');
    expect(failed.tasks.map((task) => task.state)).toEqual(['Succeeded', 'Succeeded', 'Failed']);
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitPendingStatesBegin', azureVmExists: false });
    expect(await restartJob(db(), result.data.jobId)).toEqual({ ok: true });
    await instant().runOnce();
    expect((await loadJob(result.data.jobId)).state).toBe('Succeeded');
    expect((await loadItem(item.id)).protectionState).toBe('UnplannedFailoverCommitted');
  });

  it('double submits and concurrent operators: one commit, the others are a conflict', async () => {
    const item = await failedBack();
    const results = await Promise.all([1, 2, 3].map(() => commit(item.id)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).every((result) => !result.ok && result.error.kind === 'conflict')).toBe(true);
    await instant().runOnce();
  });
});
