import { describe, expect, it } from 'vitest';
import { submitReprotect } from '../data/reprotect';
import { submitReprotectToAzure, validateReprotectToAzure } from '../data/reprotect-to-azure';
import { requestCancel, restartJob } from './actions';
import { committedOnPremisesItem } from './cycle-test-kit';
import { tickRecoveryPoints } from './recovery-points';
import { db, instant, loadItem, loadJob, setUpRunnerTestVault, testVault } from './runner-test-kit';
import { tickHeartbeats } from './site-heartbeats';

setUpRunnerTestVault();

const input = (itemId: string, processServerId = testVault().onPremProcessServerId) => ({ itemId, direction: 'OnPremisesToAzure' as const, processServerId });

async function reprotect(itemId: string) {
  const result = await submitReprotectToAzure(testVault().vaultId, input(itemId), db());
  if (!result.ok) throw new Error(`submitReprotectToAzure refused: ${result.error.message}`);
  return result.data.jobId;
}

describe('reprotect from on-premises to Azure', () => {
  it('replicates the committed on-premises VM to Azure through an on-premises process server, under the forward policy', async () => {
    const item = await committedOnPremisesItem(db(), testVault());
    const jobId = await reprotect(item.id);
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'ReprotectInProgress', activeLocation: 'Primary', processServerId: testVault().onPremProcessServerId });
    await instant().runOnce();

    const job = await loadJob(jobId);
    expect(job).toMatchObject({ scenarioName: 'ReverseReplication', friendlyName: 'Reprotect', state: 'Succeeded' });
    expect(job.tasks.map((task) => task.friendlyName)).toEqual([
      'Prerequisites check for reprotect',
      'Checking the Mobility service on the virtual machine',
      'Starting replication to Azure',
      'Synchronizing the disks to Azure',
      'Finalizing protection',
    ]);
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'Protected', activeLocation: 'Primary', replicationHealth: 'Normal' });

    // Its points follow the forward policy from here on (60-minute app-consistent frequency).
    const [first] = await db().recoveryPoint.findMany({ where: { itemId: item.id } });
    expect(first?.type).toBe('AppConsistent');
    await tickRecoveryPoints(db(), { speed: 'instant', now: new Date(first!.time.getTime() + 1_250) });
    const points = await db().recoveryPoint.findMany({ where: { itemId: item.id }, orderBy: { time: 'asc' } });
    expect(points.length).toBeGreaterThanOrEqual(12);
    expect(points.filter((point) => point.type === 'AppConsistent').map((point) => point.time.getTime() - first!.time.getTime())).toEqual([0, 1_200]);
  });

  it('fails while the agent has not registered (up to 15 minutes after boot), and succeeds on restart once it has', async () => {
    const registersAt = new Date(Date.now() + 15 * 60_000);
    const item = await committedOnPremisesItem(db(), testVault(), { agentRegistered: false, agentRegistersAt: registersAt });
    const dry = await validateReprotectToAzure(testVault().vaultId, input(item.id), db());
    expect(dry.ok && dry.data.warnings.map((reason) => reason.code)).toEqual(['ITEM_AGENT_NOT_REGISTERED']);

    const jobId = await reprotect(item.id);
    await instant().runOnce();
    const failed = await loadJob(jobId);
    expect(failed.state).toBe('Failed');
    expect(failed.tasks.find((task) => task.state === 'Failed')?.name).toBe('VerifyMobilityAgent');
    expect(failed.errors[0]).toMatchObject({ errorCode: 'MobilityAgentNotRegistered' });
    expect(failed.errors[0]?.errorMessage).toContain('is not installed or is not registered');
    expect(failed.errors[0]?.recommendedAction).toContain('Wait up to 15 minutes after the VM booted, then restart the reprotect job.');
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitted', replicationHealth: 'Critical', processServerId: null });

    // The site registers the agent once its time has come (the lab fast-forwards to it).
    await tickHeartbeats(db(), new Date(registersAt.getTime() - 60_000));
    expect((await loadItem(item.id)).agentRegistered).toBe(false);
    await tickHeartbeats(db(), registersAt);
    expect(await loadItem(item.id)).toMatchObject({ agentRegistered: true, agentRegistersAt: null });

    expect(await restartJob(db(), jobId)).toEqual({ ok: true });
    await instant().runOnce();
    const done = await loadJob(jobId);
    expect(done.state).toBe('Succeeded');
    expect(done.tasks.map((task) => task.state).every((state) => state === 'Succeeded')).toBe(true);
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'Protected', activeLocation: 'Primary', replicationHealth: 'Normal' });
  });

  it('refuses a process server in Azure, and the reprotect from Azure refuses a VM that runs on-premises', async () => {
    const item = await committedOnPremisesItem(db(), testVault());
    expect(await submitReprotectToAzure(testVault().vaultId, input(item.id, testVault().azureProcessServerId), db())).toMatchObject({
      ok: false,
      error: { kind: 'refused', fieldErrors: { processServerId: expect.stringContaining('sent by a process server on-premises') } },
    });
    const other = await submitReprotect(testVault().vaultId, { itemId: item.id, direction: 'AzureToOnPremises', masterTargetId: 'mt', processServerId: 'ps', datastoreId: 'ds', retentionVolumeId: 'r' }, db());
    expect(other).toMatchObject({ ok: false, error: { kind: 'refused', message: expect.stringContaining('runs on-premises: it is reprotected from on-premises to Azure') } });
  });

  it('is cancelled like the reprotect from Azure: the VM goes back to committed on-premises', async () => {
    const item = await committedOnPremisesItem(db(), testVault());
    const jobId = await reprotect(item.id);
    expect(await requestCancel(db(), jobId)).toEqual({ ok: true });
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Primary', processServerId: null });
  });

  it('double submits and concurrent operators: one reprotect per item', async () => {
    const item = await committedOnPremisesItem(db(), testVault());
    const results = await Promise.all([1, 2, 3].map(() => submitReprotectToAzure(testVault().vaultId, input(item.id), db())));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db().job.count({ where: { replicatedItemId: item.id } })).toBe(1);
    await instant().runOnce();
  });
});
