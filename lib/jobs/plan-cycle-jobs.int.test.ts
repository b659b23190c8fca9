import { describe, expect, it } from 'vitest';
import { loadPlanFailoverBlade, submitPlanCommit, submitPlanFailover } from '../data/recovery-plan-failover';
import { submitPlanReprotectToAzure } from '../data/recovery-plan-reprotect-to-azure';
import { reprotectedPlan } from './cycle-test-kit';
import { db, instant, loadItem, loadJob, setUpRunnerTestVault, testVault, waitFor } from './runner-test-kit';

setUpRunnerTestVault();

/** Runs every queued job, plan jobs beside their machines' (as a portal's runner does), until none is left. */
async function runAll() {
  const runner = instant();
  runner.start();
  try {
    await waitFor(async () => (await db().job.count({ where: { vaultId: testVault().vaultId, state: { in: ['NotStarted', 'InProgress'] } } })) === 0, 'every job to end', 30_000);
  } finally {
    await runner.stop();
  }
}

describe('recovery plan operations of the failback cycle', () => {
  it('fails a plan over with its group at the common app-consistent point, commits it, and reprotects it to Azure once the agents registered', async () => {
    const vault = testVault();
    const { planId, itemIds, machines } = await reprotectedPlan(db(), vault);
    const blade = await loadPlanFailoverBlade(vault.vaultId, planId, db());
    expect(blade?.machines.map((facts) => facts.item.id)).toEqual(itemIds);
    // The group's common app-consistent point: every member has one 5 minutes ago.
    expect(blade?.machines[0]?.groupAppConsistent).toEqual(machines[0]!.points[2]!.time);

    const failover = await submitPlanFailover(vault.vaultId, { planId, direction: 'RecoveryToPrimary', recoveryPointType: 'LatestTag', itemIds }, db());
    if (!failover.ok) throw new Error(failover.error.message);
    const planJob = await loadJob(failover.data.jobId);
    expect(planJob).toMatchObject({ scenarioName: 'RecoveryPlanUnplannedFailover', friendlyName: 'Failover', recoveryPlanId: planId });
    expect(await db().job.count({ where: { parentJobId: planJob.id, scenarioName: 'UnplannedFailover' } })).toBe(3);
    await runAll();
    expect((await loadJob(planJob.id)).state).toBe('Succeeded');
    for (const id of itemIds) expect(await loadItem(id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitPendingStatesBegin', activeLocation: 'Primary' });

    const commit = await submitPlanCommit(vault.vaultId, { planId, itemIds }, db());
    if (!commit.ok) throw new Error(commit.error.message);
    await runAll();
    expect((await loadJob(commit.data.jobId)).state).toBe('Succeeded');
    for (const id of itemIds) expect(await loadItem(id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Primary', azureVmExists: false });

    const rows = itemIds.map((itemId) => ({ itemId, processServerId: vault.onPremProcessServerId }));
    const early = await submitPlanReprotectToAzure(vault.vaultId, { planId, direction: 'OnPremisesToAzure', rows }, db());
    if (!early.ok) throw new Error(early.error.message);
    await runAll();
    const failed = await loadJob(early.data.jobId);
    expect(failed.state).toBe('Failed');
    expect(failed.errors[0]?.errorMessage).toContain('The reprotect of 3 of 3 machines did not succeed');

    await db().replicatedItem.updateMany({ where: { id: { in: itemIds } }, data: { agentRegistered: true, agentRegistersAt: null } });
    const again = await submitPlanReprotectToAzure(vault.vaultId, { planId, direction: 'OnPremisesToAzure', rows }, db());
    if (!again.ok) throw new Error(again.error.message);
    await runAll();
    expect((await loadJob(again.data.jobId)).state).toBe('Succeeded');
    for (const id of itemIds) expect(await loadItem(id)).toMatchObject({ protectionState: 'Protected', activeLocation: 'Primary' });
  });

  it('refuses the plan until every machine has a recovery point, writing nothing', async () => {
    const vault = testVault();
    const { planId, itemIds } = await reprotectedPlan(db(), vault);
    await db().recoveryPoint.deleteMany({ where: { itemId: itemIds[2] } });
    const before = await db().job.count();
    const result = await submitPlanFailover(vault.vaultId, { planId, direction: 'RecoveryToPrimary', recoveryPointType: 'LatestTime', itemIds }, db());
    expect(result).toMatchObject({ ok: false, error: { kind: 'refused', message: expect.stringContaining('1 machine cannot fail over') } });
    if (!result.ok) expect(result.error.reasons.map((reason) => reason.code)).toEqual(['NO_RECOVERY_POINT']);
    expect(await db().job.count()).toBe(before);
    for (const id of itemIds) expect((await loadItem(id)).protectionState).toBe('Protected');
  });

  it('refuses rows that do not match the plan as it is now, and a second operator at the same moment', async () => {
    const vault = testVault();
    const { planId, itemIds } = await reprotectedPlan(db(), vault);
    expect(await submitPlanFailover(vault.vaultId, { planId, direction: 'RecoveryToPrimary', recoveryPointType: 'LatestTime', itemIds: itemIds.slice(1) }, db())).toMatchObject({
      ok: false,
      error: { kind: 'refused', message: expect.stringContaining('is part of this operation too') },
    });
    const input = { planId, direction: 'RecoveryToPrimary' as const, recoveryPointType: 'LatestTime' as const, itemIds };
    const results = await Promise.all([1, 2].map(() => submitPlanFailover(vault.vaultId, input, db())));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, error: { kind: expect.stringMatching(/conflict|refused/) } });
    expect(await db().job.count({ where: { recoveryPlanId: planId } })).toBe(1);
    await runAll();
  });
});
