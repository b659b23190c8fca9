import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { insertJobs as insertJobsOf, insertPlanJobs, insertRecoveryPlan } from '../../test/jobs';
import { getJobDetail } from './jobs-detail';
import { createReplicatedItem, createTestVault, type TestVault } from './seed/factories';

let database: TestDatabase;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.stop());

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const insertJobs = (vault: TestVault, jobs: Parameters<typeof insertJobsOf>[2]) => insertJobsOf(db(), vault, jobs);

function jobError(jobId: string, errorCode: string, fields: { taskId?: string; attempt?: number; minutesAgo?: number } = {}) {
  return {
    jobId,
    taskId: fields.taskId ?? null,
    errorCode,
    errorMessage: `message ${errorCode}`,
    possibleCauses: 'c',
    recommendedAction: `action ${errorCode}`,
    attempt: fields.attempt ?? 1,
    creationTime: minutesAgo(fields.minutesAgo ?? 1),
  };
}

describe('getJobDetail', () => {
  it('returns the job with its tasks in order, its errors newest first and what the operator may do', async () => {
    const vault = await createTestVault(db());
    const item = await createReplicatedItem(db(), vault);
    const [jobId] = await insertJobs(vault, [{ state: 'Failed', replicatedItemId: item.id, targetObjectName: item.friendlyName }]);
    const taskIds = [randomUUID(), randomUUID()];
    await db().jobTask.createMany({
      data: [
        { id: taskIds[1]!, jobId: jobId!, order: 1, name: 'StartReverseReplication', friendlyName: 'Starting reverse replication', state: 'Failed' },
        { id: taskIds[0]!, jobId: jobId!, order: 0, name: 'PrerequisitesCheck', friendlyName: 'Prerequisites check for reprotect', state: 'Succeeded', progress: 100 },
      ],
    });
    await db().jobError.createMany({
      data: [jobError(jobId!, '95226', { taskId: taskIds[1], minutesAgo: 30 }), jobError(jobId!, '78093', { taskId: taskIds[1], minutesAgo: 1 })],
    });

    const detail = await getJobDetail(vault.vaultId, jobId!, db());
    expect(detail).toMatchObject({
      id: jobId,
      itemId: item.id,
      itemName: item.friendlyName,
      state: 'Failed',
      cancelRequested: false,
      allowedActions: ['Restart'],
      attemptCount: 1,
      startedVia: 'Portal',
      startedBy: null,
      earlierAttempts: [],
      children: [],
      parent: null,
    });
    expect(detail?.tasks.map((task) => [task.order, task.state])).toEqual([
      [0, 'Succeeded'],
      [1, 'Failed'],
    ]);
    expect(detail?.errors.map((error) => [error.errorCode, error.taskName])).toEqual([
      ['78093', 'Starting reverse replication'],
      ['95226', 'Starting reverse replication'],
    ]);
    expect(detail?.errors[0]).toMatchObject({ recommendedAction: 'action 78093', errorLevel: 'Error', attempt: 1 });
  });

  it('offers Cancel only until it has been requested', async () => {
    const vault = await createTestVault(db());
    const [running, cancelling] = await insertJobs(vault, [
      { state: 'InProgress', endTime: null },
      { state: 'InProgress', endTime: null, cancelRequested: true },
    ]);
    expect((await getJobDetail(vault.vaultId, running!, db()))?.allowedActions).toEqual(['Cancel']);
    expect((await getJobDetail(vault.vaultId, cancelling!, db()))?.allowedActions).toEqual([]);
  });

  it('does not show another vault’s job, nor one that does not exist', async () => {
    const vault = await createTestVault(db());
    const other = await createTestVault(db());
    const [jobId] = await insertJobs(other, [{}]);
    expect(await getJobDetail(vault.vaultId, jobId!, db())).toBeNull();
    expect(await getJobDetail(vault.vaultId, randomUUID(), db())).toBeNull();
  });
});

describe('getJobDetail of a recovery plan’s job', () => {
  it('has a row per machine in the plan’s order, with status, progress, times, the running task and a failed machine’s error', async () => {
    const vault = await createTestVault(db());
    const planId = await insertRecoveryPlan(db(), vault, 'rp-finance');
    const started = minutesAgo(20);
    const { planJobId, machineJobIds } = await insertPlanJobs(
      db(),
      vault,
      planId,
      [
        { name: 'fin-sql-01', startTime: started, endTime: minutesAgo(10) },
        { name: 'fin-app-01', state: 'Failed', progress: 50, startTime: started, endTime: minutesAgo(12) },
        { name: 'fin-web-01', state: 'InProgress', progress: 40, startTime: started },
        { name: 'fin-batch-01', state: 'NotStarted', progress: 0 },
      ],
      { state: 'InProgress', progress: 47, endTime: null },
    );
    const [sql, app, web, batch] = machineJobIds;
    await db().jobTask.createMany({
      data: [
        { jobId: web!, order: 0, name: 'PrerequisitesCheck', friendlyName: 'Prerequisites check for reprotect', state: 'Succeeded', progress: 100 },
        { jobId: web!, order: 1, name: 'SynchronizeDisks', friendlyName: 'Synchronizing the disks', state: 'InProgress', progress: 30 },
      ],
    });
    await db().jobError.createMany({ data: [jobError(app!, '78093')] });

    const detail = await getJobDetail(vault.vaultId, planJobId, db());
    expect(detail?.childCount).toBe(4);
    expect(detail?.children.map((child) => [child.itemName, child.state, child.progress, child.currentTask, child.error?.errorCode ?? null])).toEqual([
      ['fin-sql-01', 'Succeeded', 100, null, null],
      ['fin-app-01', 'Failed', 50, null, '78093'],
      ['fin-web-01', 'InProgress', 40, 'Synchronizing the disks', null],
      ['fin-batch-01', 'NotStarted', 0, null, null],
    ]);
    expect(detail?.children[0]).toMatchObject({ id: sql, name: 'Reprotect', startTime: started.toISOString(), endTime: expect.any(String), attemptCount: 1 });
    expect(detail?.children[1]?.error).toMatchObject({ errorMessage: 'message 78093', recommendedAction: 'action 78093' });
    expect(detail?.children[3]).toMatchObject({ id: batch, startTime: null, endTime: null });

    // A machine's own job names the plan's job it is part of.
    const machine = await getJobDetail(vault.vaultId, app!, db());
    expect(machine?.parent).toEqual({ id: planJobId, itemName: 'rp-finance' });
    expect(machine?.children).toEqual([]);
  });

  it('shows a machine’s error only while it belongs to the machine’s current attempt', async () => {
    const vault = await createTestVault(db());
    const planId = await insertRecoveryPlan(db(), vault);
    const { planJobId, machineJobIds } = await insertPlanJobs(db(), vault, planId, [
      // Restarted and running again: its first attempt's error is history.
      { name: 'restarted-01', state: 'InProgress', attemptCount: 2, endTime: null },
      // Restarted and failed again: the second attempt's error explains it.
      { name: 'failed-twice-01', state: 'Failed', attemptCount: 2 },
    ]);
    const [restarted, failedTwice] = machineJobIds;
    await db().jobError.createMany({
      data: [
        jobError(restarted!, '78093', { minutesAgo: 9 }),
        jobError(failedTwice!, '95226', { minutesAgo: 9 }),
        jobError(failedTwice!, '78093', { attempt: 2, minutesAgo: 2 }),
      ],
    });
    const detail = await getJobDetail(vault.vaultId, planJobId, db());
    expect(detail?.children.map((child) => [child.itemName, child.attemptCount, child.error?.errorCode ?? null])).toEqual([
      ['restarted-01', 2, null],
      ['failed-twice-01', 2, '78093'],
    ]);
  });
});
