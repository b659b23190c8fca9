import { describe, expect, it } from 'vitest';
import { submitFailover, validateFailover } from '../data/failover';
import { createMasterTarget } from '../data/seed/factories';
import { requestCancel, restartJob } from './actions';
import { reprotectedItem } from './cycle-test-kit';
import { db, instant, loadItem, loadJob, setUpRunnerTestVault, testVault } from './runner-test-kit';

setUpRunnerTestVault();

const input = (itemId: string, recoveryPointType: 'LatestTime' | 'LatestTag' = 'LatestTime') => ({ itemId, direction: 'RecoveryToPrimary' as const, recoveryPointType });

async function failover(itemId: string, recoveryPointType?: 'LatestTime' | 'LatestTag') {
  const result = await submitFailover(testVault().vaultId, input(itemId, recoveryPointType), db());
  if (!result.ok) throw new Error(`submitFailover refused: ${result.error.message}`);
  return result.data.jobId;
}

const jobCount = () => db().job.count({ where: { vaultId: testVault().vaultId } });

describe('failover from Azure to on-premises (failback)', () => {
  it('runs the service’s steps and leaves the VM on-premises, the failover waiting for its commit and the Azure VM shut down', async () => {
    const { item, points } = await reprotectedItem(db(), testVault());
    const jobId = await failover(item.id);
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'UnplannedFailoverInProgress', activeLocation: 'Recovery' });
    await instant().runOnce();

    const job = await loadJob(jobId);
    expect(job).toMatchObject({ scenarioName: 'UnplannedFailover', friendlyName: 'Failover', state: 'Succeeded', progress: 100 });
    expect(job.tasks.map((task) => task.friendlyName)).toEqual([
      'Prerequisites check for failover',
      'Shutting down the virtual machine in Azure',
      'Preparing and attaching the disks on the master target',
      'Updating the on-premises virtual machine',
      'Enabling VMware tools on the virtual machine',
      'Starting the virtual machine on-premises',
      'Finalizing the failover',
    ]);
    const after = await loadItem(item.id);
    expect(after).toMatchObject({
      protectionState: 'UnplannedFailoverCommitPendingStatesBegin',
      activeLocation: 'Primary',
      azureVmExists: true,
      azureVmRunning: false,
      agentRegistered: false,
      failoverRecoveryPointTime: points[3]!.time,
    });
    // The on-premises agent registers about 15 minutes after the VM booted.
    expect(after.agentRegistersAt!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it('recovers to the latest app-consistent point when asked, and a Linux VM has no VMware tools step', async () => {
    const { item, points } = await reprotectedItem(db(), testVault(), { osType: 'Linux' });
    const jobId = await failover(item.id, 'LatestTag');
    await instant().runOnce();
    const job = await loadJob(jobId);
    expect(job.state).toBe('Succeeded');
    expect(job.tasks.map((task) => task.name)).not.toContain('EnableVmwareTools');
    expect((await loadItem(item.id)).failoverRecoveryPointTime).toEqual(points[2]!.time);
  });

  it('recreates a VM deleted on-premises on the master target’s host and datastore (alternate location)', async () => {
    const { item, masterTarget } = await reprotectedItem(db(), testVault(), { sourceVmPresent: false });
    const jobId = await failover(item.id);
    expect((await loadJob(jobId)).tasks[3]!.friendlyName).toMatch(/^Creating the virtual machine on esx-/);
    await instant().runOnce();
    expect((await loadJob(jobId)).state).toBe('Succeeded');
    expect(await loadItem(item.id)).toMatchObject({ sourceVmPresent: true, sourceHostId: masterTarget.esxiHostId });
    expect(await db().replicatedItemDatastore.findMany({ where: { itemId: item.id }, select: { datastoreId: true } })).toEqual([{ datastoreId: testVault().datastoreId }]);
  });

  it('fails with 8038 when the ESXi host lacks memory, and a restart after adding memory resumes at the boot', async () => {
    const { item } = await reprotectedItem(db(), testVault(), { memoryGb: 4096 });
    const jobId = await failover(item.id);
    await instant().runOnce();

    const failed = await loadJob(jobId);
    expect(failed.state).toBe('Failed');
    expect(failed.tasks.find((task) => task.state === 'Failed')?.name).toBe('StartOnPremisesVm');
    expect(failed.errors.map((error) => error.errorCode)).toEqual(['8038']);
    expect(failed.errors[0]).toMatchObject({ errorMessage: 'Failed to bring up the on-premises virtual machine.' });
    expect(failed.errors[0]?.possibleCauses).toContain('needs 4096 GB');
    expect(failed.errors[0]?.recommendedAction).toContain('vMotion the VM to another ESXi host');
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'UnplannedFailoverFailed', activeLocation: 'Recovery', azureVmRunning: false });

    // Memory freed on the host: the restart is allowed (the rules still hold) and resumes at the boot.
    await db().esxiHost.update({ where: { id: testVault().hostId }, data: { freeMemoryGb: 8192 } });
    expect(await restartJob(db(), jobId)).toEqual({ ok: true });
    expect((await loadItem(item.id)).protectionState).toBe('UnplannedFailoverInProgress');
    await instant().runOnce();
    const done = await loadJob(jobId);
    expect(done.state).toBe('Succeeded');
    expect(done.errors).toHaveLength(1);
    expect((await loadItem(item.id)).protectionState).toBe('UnplannedFailoverCommitPendingStatesBegin');
    await db().esxiHost.update({ where: { id: testVault().hostId }, data: { freeMemoryGb: 128 } });
  });

  it('fails at the disks when vCenter disconnects after the prerequisites, with the cause and what to do', async () => {
    const { item } = await reprotectedItem(db(), testVault());
    const jobId = await failover(item.id);
    const runner = instant({
      hooks: {
        async beforeStep({ step }) {
          if (step === 'PrepareFailbackDisks') await db().vCenterServer.update({ where: { id: testVault().vcenterId }, data: { connectionState: 'NotConnected' } });
        },
      },
    });
    await runner.runOnce();
    const job = await loadJob(jobId);
    expect(job.state).toBe('Failed');
    expect(job.errors[0]).toMatchObject({ errorCode: 'VCenterNotConnected' });
    expect(job.errors[0]?.recommendedAction).toContain('Connect the vCenter server');
    await db().vCenterServer.update({ where: { id: testVault().vcenterId }, data: { connectionState: 'Connected' } });
  });

  it('a failed failback can also be retried by failing over again', async () => {
    const { item, masterTarget } = await reprotectedItem(db(), testVault());
    await db().masterTargetServer.update({ where: { id: masterTarget.id }, data: { storageVMotioned: true } });
    const first = await failover(item.id);
    await instant().runOnce();
    expect((await loadJob(first)).errors[0]?.errorCode).toBe('MasterTargetStorageVMotioned');
    await db().masterTargetServer.update({ where: { id: masterTarget.id }, data: { storageVMotioned: false } });
    const second = await failover(item.id);
    await instant().runOnce();
    expect((await loadJob(second)).state).toBe('Succeeded');
    // The first job no longer applies: the item has moved on.
    expect(await restartJob(db(), first)).toMatchObject({ ok: false, error: { kind: 'refused' } });
  });

  it('is refused, writing nothing, for each documented prerequisite', async () => {
    const vault = testVault();
    const snapped = await createMasterTarget(db(), vault, { snapshotCount: 1 });
    const cases = [
      { overrides: { replicationHealth: 'Critical' as const }, code: 'ITEM_HEALTH_NOT_OK' },
      { overrides: { inConfigurationServerDatabase: false }, code: 'ITEM_NOT_IN_CS_DATABASE' },
      { overrides: { masterTarget: snapped }, code: 'MT_HAS_SNAPSHOTS' },
      { overrides: { protectionState: 'UnplannedFailoverCommitted' as const }, code: 'ITEM_STATE_NOT_FAILOVER' },
    ];
    for (const { overrides, code } of cases) {
      const { item } = await reprotectedItem(db(), vault, overrides);
      const before = await jobCount();
      const result = await submitFailover(vault.vaultId, input(item.id), db());
      expect(result).toMatchObject({ ok: false, error: { kind: 'refused' } });
      if (!result.ok) expect(result.error.reasons.map((reason) => reason.code)).toContain(code);
      expect(await jobCount()).toBe(before);
      expect((await loadItem(item.id)).protectionState).toBe(overrides.protectionState ?? 'Protected');
    }
    const { item } = await reprotectedItem(db(), vault);
    await db().recoveryPoint.deleteMany({ where: { itemId: item.id } });
    const dry = await validateFailover(vault.vaultId, { itemId: item.id, direction: 'RecoveryToPrimary' }, db());
    expect(dry.ok && dry.data.blockers.map((reason) => reason.code)).toEqual(['NO_RECOVERY_POINT', 'SELECTION_REQUIRED']);
  });

  it('refuses bad input with field errors, and an item of another vault as not found', async () => {
    expect(await submitFailover(testVault().vaultId, { itemId: 'x', direction: 'PrimaryToRecovery', recoveryPointType: 'Oldest' }, db())).toMatchObject({
      ok: false,
      error: { kind: 'invalid', fieldErrors: { direction: expect.any(String), recoveryPointType: expect.stringContaining('Select a recovery point') } },
    });
    const { item } = await reprotectedItem(db(), testVault());
    expect(await submitFailover('another-vault', input(item.id), db())).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('double submits and concurrent operators: one failover per item, the others told why', async () => {
    const { item } = await reprotectedItem(db(), testVault());
    const before = await jobCount();
    const results = await Promise.all([1, 2, 3].map(() => submitFailover(testVault().vaultId, input(item.id), db())));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    for (const result of results.filter((candidate) => !candidate.ok)) expect(result).toMatchObject({ ok: false, error: { kind: expect.stringMatching(/conflict|refused/) } });
    expect(await jobCount()).toBe(before + 1);
    await instant().runOnce();
  });

  it('can be cancelled only while it waits to start; a cancelled failover leaves the VM protected', async () => {
    const { item } = await reprotectedItem(db(), testVault());
    const jobId = await failover(item.id);
    expect(await requestCancel(db(), jobId)).toEqual({ ok: true });
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'Protected', activeLocation: 'Recovery' });

    const running = await failover(item.id);
    await db().job.update({ where: { id: running }, data: { state: 'InProgress', claimedBy: 'elsewhere', heartbeatAt: new Date() } });
    const refused = await requestCancel(db(), running);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'refused', message: expect.stringContaining('only while it waits to start') } });
    await db().job.update({ where: { id: running }, data: { state: 'NotStarted', claimedBy: null, heartbeatAt: null } });
    while (await instant().runOnce());
    expect((await loadJob(running)).state).toBe('Succeeded');
  });
});
