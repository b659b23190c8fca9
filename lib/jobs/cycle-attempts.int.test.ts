import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { withActivityScope } from '../data/activity-context';
import { submitCommit } from '../data/commit';
import { submitFailover } from '../data/failover';
import { getJobDetail } from '../data/jobs-detail';
import { submitPlanCommit, submitPlanFailover } from '../data/recovery-plan-failover';
import { submitPlanReprotectToAzure } from '../data/recovery-plan-reprotect-to-azure';
import { submitReprotectToAzure } from '../data/reprotect-to-azure';
import { createTestVault, type TestVault } from '../data/seed/factories';
import type { Operation } from '../domain/access/operations';
import { restartJob } from './actions';
import { committedOnPremisesItem, reprotectedItem } from './cycle-test-kit';
import { db, instant, loadItem, setUpRunnerTestVault, testVault } from './runner-test-kit';

// The failback cycle's jobs on main's terms: each attempt of a restarted job kept with
// who started it, jobs started by the caller of the request with its activity entry,
// and a VM or plan of another vault not found.

setUpRunnerTestVault();

const detailOf = async (jobId: string) => (await getJobDetail(testVault().vaultId, jobId, db()))!;
const failoverInput = (itemId: string) => ({ itemId, direction: 'RecoveryToPrimary' as const, recoveryPointType: 'LatestTime' as const });

async function failedBack(vault: TestVault = testVault()) {
  const { item } = await reprotectedItem(db(), vault);
  const result = await submitFailover(vault.vaultId, failoverInput(item.id), db());
  if (!result.ok) throw new Error(result.error.message);
  await instant().runOnce();
  return item;
}

/** Runs `submit` as a signed-in caller would: inside the activity scope the request wrapper sets. */
async function asCaller<T>(operation: Operation, submit: () => Promise<T>) {
  const user = await db().user.create({ data: { email: `ada-${randomUUID().slice(0, 8)}@contoso.com`, name: 'Ada' } });
  const vault = { id: testVault().vaultId, name: (await db().vault.findUniqueOrThrow({ where: { id: testVault().vaultId } })).name };
  const correlationId = randomUUID();
  const scope = { actor: { userId: user.id, name: user.email }, vault, operation, permission: null, correlationId, recorded: false };
  const result = await withActivityScope(scope, submit);
  return { result, email: user.email, correlationId, recorded: scope.recorded };
}

describe('attempts of a restarted failover or commit', () => {
  it('a failover that failed with 8038 keeps that attempt; the restart, started by its caller, resumes at the boot', async () => {
    const { item } = await reprotectedItem(db(), testVault(), { memoryGb: 4096 });
    const submitted = await submitFailover(testVault().vaultId, failoverInput(item.id), db());
    if (!submitted.ok) throw new Error(submitted.error.message);
    const jobId = submitted.data.jobId;
    await instant().runOnce();
    expect(await detailOf(jobId)).toMatchObject({ state: 'Failed', attemptCount: 1, earlierAttempts: [] });

    await db().esxiHost.update({ where: { id: testVault().hostId }, data: { freeMemoryGb: 8192 } });
    try {
      expect(await restartJob(db(), jobId, undefined, undefined, { via: 'Portal', user: 'ada@contoso.com' })).toEqual({ ok: true });
      await instant().runOnce();
    } finally {
      await db().esxiHost.update({ where: { id: testVault().hostId }, data: { freeMemoryGb: 128 } });
    }

    const done = await detailOf(jobId);
    expect(done).toMatchObject({ state: 'Succeeded', attemptCount: 2, startedBy: 'ada@contoso.com', errors: [] });
    const boot = done.tasks.findIndex((task) => task.name === 'StartOnPremisesVm');
    expect(done.tasks.map((task) => task.ranInAttempt)).toEqual(done.tasks.map((_, index) => (index < boot ? 1 : 2)));
    const [first] = done.earlierAttempts;
    expect(done.earlierAttempts).toHaveLength(1);
    expect(first).toMatchObject({ number: 1, state: 'Failed', startedBy: null });
    expect(first!.errors.map((error) => [error.errorCode, error.attempt])).toEqual([['8038', 1]]);
    expect(first!.tasks.find((task) => task.state === 'Failed')?.name).toBe('StartOnPremisesVm');
    expect(await loadItem(item.id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitPendingStatesBegin', activeLocation: 'Primary' });
  });

  it('a commit that failed keeps that attempt, and its restart is the current one', async () => {
    const item = await failedBack();
    const submitted = await submitCommit(testVault().vaultId, { itemId: item.id }, db());
    if (!submitted.ok) throw new Error(submitted.error.message);
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
    expect(await restartJob(db(), submitted.data.jobId)).toEqual({ ok: true });
    await instant().runOnce();
    const done = await detailOf(submitted.data.jobId);
    expect(done).toMatchObject({ state: 'Succeeded', attemptCount: 2 });
    expect(done.earlierAttempts.map((attempt) => [attempt.number, attempt.state, attempt.tasks.map((task) => task.state)])).toEqual([
      [1, 'Failed', ['Succeeded', 'Succeeded', 'Failed']],
    ]);
  });
});

describe('a VM or recovery plan of another vault', () => {
  let other: TestVault;
  beforeAll(async () => {
    other = await createTestVault(db());
  });

  it('is not found by any operation of the cycle, which writes nothing', async () => {
    const ready = await reprotectedItem(db(), other);
    const pending = await failedBack(other);
    const committed = await committedOnPremisesItem(db(), other);
    const plan = await db().recoveryPlan.create({ data: { vaultId: other.vaultId, friendlyName: 'rp-other' } });
    const here = testVault().vaultId;
    const jobsBefore = await db().job.count();
    const results = [
      await submitFailover(here, failoverInput(ready.item.id), db()),
      await submitCommit(here, { itemId: pending.id }, db()),
      await submitReprotectToAzure(here, { itemId: committed.id, direction: 'OnPremisesToAzure', processServerId: other.onPremProcessServerId }, db()),
      await submitPlanFailover(here, { planId: plan.id, direction: 'RecoveryToPrimary', recoveryPointType: 'LatestTime', itemIds: [ready.item.id] }, db()),
      await submitPlanCommit(here, { planId: plan.id, itemIds: [pending.id] }, db()),
      await submitPlanReprotectToAzure(here, { planId: plan.id, direction: 'OnPremisesToAzure', rows: [{ itemId: committed.id, processServerId: other.onPremProcessServerId }] }, db()),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await db().job.count()).toBe(jobsBefore);
    expect(await loadItem(ready.item.id)).toMatchObject({ protectionState: 'Protected', activeLocation: 'Recovery' });
    expect(await loadItem(pending.id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitPendingStatesBegin' });
    expect(await loadItem(committed.id)).toMatchObject({ protectionState: 'UnplannedFailoverCommitted' });
  });
});

// Last: the jobs these submit stay queued, so that no runner of the tests above picks them up.
describe('who started a job of the cycle', () => {
  it('a VM’s failover, commit and reprotect to Azure: the caller starts the job and its Started entry names it', async () => {
    const ready = await reprotectedItem(db(), testVault());
    const pending = await failedBack();
    const committed = await committedOnPremisesItem(db(), testVault());
    const submissions: Array<[Operation, string, () => Promise<{ ok: boolean; data?: { jobId: string } }>]> = [
      ['replicatedItem.failover', ready.item.id, () => submitFailover(testVault().vaultId, failoverInput(ready.item.id), db())],
      ['replicatedItem.commit', pending.id, () => submitCommit(testVault().vaultId, { itemId: pending.id }, db())],
      [
        'replicatedItem.reprotect',
        committed.id,
        () => submitReprotectToAzure(testVault().vaultId, { itemId: committed.id, direction: 'OnPremisesToAzure', processServerId: testVault().onPremProcessServerId }, db()),
      ],
    ];
    for (const [operation, itemId, submit] of submissions) {
      const { result, email, correlationId, recorded } = await asCaller(operation, submit);
      expect(result.ok, operation).toBe(true);
      const jobId = result.data!.jobId;
      expect(recorded).toBe(true);
      expect(await db().job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ startedVia: 'Portal', startedBy: email, attemptCount: 1 });
      expect(await db().activityLogEntry.findMany({ where: { correlationId } })).toEqual([
        expect.objectContaining({ operation, result: 'Started', jobId, callerName: email, targetType: 'replicatedItem', targetId: itemId }),
      ]);
    }
  });

  it('a recovery plan’s failover: its job and every machine’s are started by the caller, with one Started entry for the plan', async () => {
    const machines = [await reprotectedItem(db(), testVault()), await reprotectedItem(db(), testVault())];
    const plan = await db().recoveryPlan.create({ data: { vaultId: testVault().vaultId, friendlyName: `rp-${randomUUID().slice(0, 8)}` } });
    const group = await db().recoveryPlanGroup.create({ data: { planId: plan.id, groupType: 'Boot', order: 0 } });
    await db().recoveryPlanGroupItem.createMany({ data: machines.map(({ item }) => ({ groupId: group.id, itemId: item.id })) });
    const itemIds = machines.map(({ item }) => item.id);

    const { result, email, correlationId } = await asCaller('recoveryPlan.failover', () =>
      submitPlanFailover(testVault().vaultId, { planId: plan.id, direction: 'RecoveryToPrimary', recoveryPointType: 'LatestTime', itemIds }, db()),
    );
    if (!result.ok) throw new Error(result.error.message);
    const jobs = await db().job.findMany({ where: { OR: [{ id: result.data.jobId }, { parentJobId: result.data.jobId }] } });
    expect(jobs).toHaveLength(3);
    for (const job of jobs) expect(job).toMatchObject({ startedVia: 'Portal', startedBy: email });
    expect(await db().activityLogEntry.findMany({ where: { correlationId } })).toEqual([
      expect.objectContaining({ operation: 'recoveryPlan.failover', result: 'Started', jobId: result.data.jobId, targetType: 'recoveryPlan', targetId: plan.id }),
    ]);
  });
});
