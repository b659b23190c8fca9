import { describe, expect, it } from 'vitest';
import { submitReprotect } from '../data/reprotect';
import { createReplicatedItem } from '../data/seed/factories';
import { requestCancel, restartJob } from './actions';
import { tickRecoveryPoints } from './recovery-points';
import { CLEARED, db, gate, instant, loadItem, loadJob, recorder, setUpRunnerTestVault, STEP_NAMES, submitted, testVault, waitFor } from './runner-test-kit';

setUpRunnerTestVault();

describe('cancel', () => {
  it('cancels a queued job at once and puts the item back, reprotect settings cleared', async () => {
    const { jobId, item } = await submitted();
    expect(await requestCancel(db(), jobId)).toEqual({ ok: true });
    const job = await loadJob(jobId);
    expect(job.state).toBe('Cancelled');
    expect(job.endTime).not.toBeNull();
    expect(job.tasks.every((t) => t.state === 'Cancelled')).toBe(true);
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitted', ...CLEARED });
    expect(await instant().runOnce()).toBe(false);
    expect(await requestCancel(db(), jobId)).toMatchObject({ ok: false, error: { kind: 'refused' } });
  });

  it('cancels a running job at the next step boundary', async () => {
    const { jobId, item } = await submitted();
    const hold = gate();
    const runner = instant({
      hooks: {
        async beforeStep({ step }) {
          if (step === 'PrepareTargetDisks') await hold.opened;
        },
      },
    });
    const run = runner.runOnce();
    await waitFor(async () => (await loadJob(jobId)).tasks[2]!.state === 'InProgress', 'the third step to start');
    expect(await requestCancel(db(), jobId)).toEqual({ ok: true });
    expect(await loadJob(jobId)).toMatchObject({ state: 'InProgress', cancelRequested: true });
    expect(await requestCancel(db(), jobId)).toMatchObject({ ok: false, error: { kind: 'refused' } });
    hold.open();
    await run;

    const job = await loadJob(jobId);
    expect(job.state).toBe('Cancelled');
    expect(job.endTime).not.toBeNull();
    expect(job.tasks.map((t) => t.state)).toEqual(['Succeeded', 'Succeeded', 'Succeeded', 'Cancelled', 'Cancelled', 'Cancelled']);
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Recovery', ...CLEARED });
  });

  it('reports an unknown job as not found', async () => {
    expect(await requestCancel(db(), '00000000-0000-0000-0000-000000000000')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});

describe('failures', () => {
  it('an Azure VM that cannot reach the configuration server fails with 95226 and a JobError on the failing task', async () => {
    const { jobId, item } = await submitted({ canReachConfigurationServer: false });
    await instant().runOnce();
    const job = await loadJob(jobId);
    expect(job.state).toBe('Failed');
    expect(job.endTime).not.toBeNull();
    expect(job.tasks.map((t) => t.state)).toEqual(['Succeeded', 'Failed', 'NotStarted', 'NotStarted', 'NotStarted', 'NotStarted']);
    expect(job.errors).toHaveLength(1);
    expect(job.errors[0]).toMatchObject({
      errorCode: '95226',
      errorMessage: 'Reprotect failed as the Azure VM was not able to reach the on-premises configuration server.',
      errorLevel: 'Error',
      taskId: job.tasks[1]!.id,
    });
    expect(job.errors[0]!.possibleCauses).toMatch(/InMage Scout/);
    expect(job.errors[0]!.recommendedAction).toMatch(/site-to-site VPN/);
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitted', replicationHealth: 'Critical', ...CLEARED });
  });

  it('re-checks the blade rules: a master target changed after submit fails the prerequisites check', async () => {
    const { jobId, masterTargetId } = await submitted();
    await db().masterTargetServer.update({ where: { id: masterTargetId }, data: { storageVMotioned: true } });
    await instant().runOnce();
    const job = await loadJob(jobId);
    expect(job.state).toBe('Failed');
    expect(job.tasks[0]!.state).toBe('Failed');
    expect(job.errors[0]).toMatchObject({ errorCode: 'ReprotectPrerequisitesFailed', taskId: job.tasks[0]!.id });
    expect(job.errors[0]!.errorMessage).toMatch(/storage vMotion/i);
  });

  it('a stopped Azure VM fails with 78093; started again, a restart resumes at the failed task and succeeds', async () => {
    const { jobId, item, input } = await submitted({ azureVmRunning: false });
    const { runs, hooks } = recorder();
    await instant({ hooks }).runOnce();
    const failed = await loadJob(jobId);
    expect(failed.state).toBe('Failed');
    expect(failed.tasks[3]).toMatchObject({ name: 'StartReverseReplication', state: 'Failed' });
    expect(failed.errors[0]).toMatchObject({
      errorCode: '78093',
      errorMessage: 'The VM is not running, in a hung state, or not accessible.',
      taskId: failed.tasks[3]!.id,
    });
    expect(failed.errors[0]!.recommendedAction).toMatch(/Restart the Azure VM.*restart the reprotect job/);
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitted', replicationHealth: 'Critical', ...CLEARED });

    await db().replicatedItem.update({ where: { id: item.id }, data: { azureVmRunning: true } });
    expect(await restartJob(db(), jobId)).toEqual({ ok: true });
    const queued = await loadJob(jobId);
    expect(queued).toMatchObject({ state: 'NotStarted', endTime: null, cancelRequested: false });
    expect(queued.tasks.map((t) => t.state)).toEqual(['Succeeded', 'Succeeded', 'Succeeded', 'NotStarted', 'NotStarted', 'NotStarted']);
    expect(queued.errors).toHaveLength(1);
    expect(await loadItem(item.id)).toMatchObject({
      protectionState: 'ReprotectInProgress',
      replicationHealth: 'Normal',
      masterTargetId: input.masterTargetId,
      retentionVolumeId: input.retentionVolumeId,
      failbackPolicyId: testVault().failbackPolicyId,
    });

    await instant({ hooks }).runOnce();
    const done = await loadJob(jobId);
    expect(done.state).toBe('Succeeded');
    for (const i of [0, 1, 2]) expect(done.tasks[i]!.startTime).toEqual(failed.tasks[i]!.startTime);
    expect(runs.filter((r) => r.jobId === jobId).map((r) => r.step)).toEqual([...STEP_NAMES.slice(0, 4), ...STEP_NAMES.slice(3)]);
    expect(done.errors).toHaveLength(1);
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'Protected', activeLocation: 'Recovery', replicationHealth: 'Normal' });
  });
});

describe('restartJob', () => {
  it('refuses a job that has not failed, and reports an unknown job as not found', async () => {
    const queued = await submitted();
    expect(await restartJob(db(), queued.jobId)).toMatchObject({ ok: false, error: { kind: 'refused' } });
    await instant().runOnce();
    expect((await loadJob(queued.jobId)).state).toBe('Succeeded');
    expect(await restartJob(db(), queued.jobId)).toMatchObject({ ok: false, error: { kind: 'refused' } });
    expect((await loadJob(queued.jobId)).state).toBe('Succeeded');
    expect(await restartJob(db(), '00000000-0000-0000-0000-000000000000')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('is a conflict when another job now holds the item, and changes nothing', async () => {
    const { jobId, input } = await submitted({ azureVmRunning: false });
    await instant().runOnce();
    expect((await loadJob(jobId)).state).toBe('Failed');
    const second = await submitReprotect(testVault().vaultId, input, db());
    expect(second.ok).toBe(true);
    expect(await restartJob(db(), jobId)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect((await loadJob(jobId)).state).toBe('Failed');
    if (second.ok) expect(await requestCancel(db(), second.data.jobId)).toEqual({ ok: true });
  });
});

describe('recovery points', () => {
  it('adds points to protected items on their policy cadence and prunes those past retention', async () => {
    const { item } = await submitted();
    await instant().runOnce();
    const forward = await createReplicatedItem(db(), testVault(), { protectionState: 'Protected', activeLocation: 'Primary', processServerId: testVault().onPremProcessServerId, rpoInSeconds: 30 });
    const [first] = await db().recoveryPoint.findMany({ where: { itemId: item.id } });
    expect(first).toBeDefined();
    await db().recoveryPoint.create({ data: { itemId: forward.id, time: first!.time, type: 'CrashConsistent' } });

    // Instant speed: a crash-consistent point every 100 ms, app-consistent every 1.2 s, kept 28.8 s.
    const later = new Date(first!.time.getTime() + 2_450);
    const tick = await tickRecoveryPoints(db(), { speed: 'instant', now: later });
    expect(tick.added).toBeGreaterThanOrEqual(24);
    const points = await db().recoveryPoint.findMany({ where: { itemId: item.id }, orderBy: { time: 'asc' } });
    expect(points).toHaveLength(25);
    expect(points.filter((p) => p.type === 'AppConsistent').map((p) => p.time.getTime() - first!.time.getTime())).toEqual([0, 1_200, 2_400]);
    expect(await tickRecoveryPoints(db(), { speed: 'instant', now: later })).toMatchObject({ added: 0 });

    const muchLater = new Date(later.getTime() + 60_000);
    const pruning = await tickRecoveryPoints(db(), { speed: 'instant', now: muchLater });
    expect(pruning.pruned).toBeGreaterThanOrEqual(25);
    const kept = await db().recoveryPoint.findMany({ where: { itemId: item.id } });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((p) => p.time.getTime() >= muchLater.getTime() - 28_800)).toBe(true);
    // An item replicating to Azure follows its forward policy; one without an RPO yet waits for its first synchronisation.
    expect(await db().recoveryPoint.count({ where: { itemId: forward.id } })).toBeGreaterThan(1);
    const unstarted = await createReplicatedItem(db(), testVault(), { protectionState: 'Protected', activeLocation: 'Primary', processServerId: testVault().onPremProcessServerId, rpoInSeconds: null });
    const stalled = await createReplicatedItem(db(), testVault(), { protectionState: 'Protected', activeLocation: 'Recovery', failbackPolicyId: testVault().failbackPolicyId, replicationHealth: 'Critical', rpoInSeconds: 30 });
    await db().recoveryPoint.create({ data: { itemId: stalled.id, time: muchLater, type: 'CrashConsistent' } });
    await tickRecoveryPoints(db(), { speed: 'instant', now: new Date(muchLater.getTime() + 500) });
    expect(await db().recoveryPoint.count({ where: { itemId: unstarted.id } })).toBe(0);
    expect(await db().recoveryPoint.count({ where: { itemId: stalled.id } })).toBe(1);
  });
});
