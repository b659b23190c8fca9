import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import type { Db } from '../data/db';
import { submitReprotect } from '../data/reprotect';
import { createMasterTarget, createReplicatedItem, createTestVault, type ReplicatedItemOverrides, type TestVault } from '../data/seed/factories';
import { REPROTECT_STEPS } from '../domain/jobs/reprotect-steps';
import { requestCancel, restartJob } from './actions';
import { tickRecoveryPoints } from './recovery-points';
import { createRunner, type RunnerOptions } from './runner';

let database: TestDatabase;
let client: Db;
let vault: TestVault;
const db = () => client;
const STEP_NAMES = REPROTECT_STEPS.map((step) => step.name);

beforeAll(async () => {
  database = await createTestDatabase();
  client = database.db;
  vault = await createTestVault(client);
});
afterAll(async () => {
  await database.stop();
});

/** Polls until `probe` returns something truthy; fails after the timeout. */
async function waitFor<T>(probe: () => Promise<T>, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** A fresh master target and item, reprotect submitted the way the blade does it. */
async function submitted(overrides: ReplicatedItemOverrides = {}, mtId?: string) {
  const mt = mtId ? { id: mtId, volumes: await db().masterTargetVolume.findMany({ where: { masterTargetId: mtId } }) } : await createMasterTarget(db(), vault);
  const item = await createReplicatedItem(db(), vault, overrides);
  const input = {
    itemId: item.id,
    direction: 'AzureToOnPremises' as const,
    masterTargetId: mt.id,
    processServerId: vault.azureProcessServerId,
    datastoreId: vault.datastoreId,
    retentionVolumeId: mt.volumes.find((v) => v.volumeName === 'R:')?.id ?? '',
  };
  const result = await submitReprotect(input, db());
  if (!result.ok) throw new Error(`submitReprotect refused: ${result.error.message}`);
  return { jobId: result.data.jobId, item, input, masterTargetId: mt.id };
}

const loadJob = (jobId: string) =>
  db().job.findUniqueOrThrow({
    where: { id: jobId },
    include: { tasks: { orderBy: { order: 'asc' } }, errors: true },
  });
const loadItem = (itemId: string) => db().replicatedItem.findUniqueOrThrow({ where: { id: itemId } });

function recorder() {
  const runs: { jobId: string; step: string; runnerId: string }[] = [];
  return { runs, hooks: { beforeStep: (info: { jobId: string; step: string; runnerId: string }) => void runs.push(info) } };
}

const instant = (extra: Partial<RunnerOptions> = {}) => createRunner({ db: db(), speed: 'instant', pollMs: 10, recoveryPoints: false, ...extra });

const CLEARED = { masterTargetId: null, processServerId: null, datastoreId: null, retentionVolumeId: null, failbackPolicyId: null };

describe('runner', () => {
  it('runs a submitted reprotect to Succeeded, every task in order, and leaves the item protected from Azure to on-premises', async () => {
    const { jobId, item, input } = await submitted();
    const runner = instant();
    expect(await runner.runOnce()).toBe(true);

    const job = await loadJob(jobId);
    expect(job).toMatchObject({ state: 'Succeeded', stateDescription: 'Completed', progress: 100, attempts: 1, claimedBy: runner.id });
    expect(job.startTime).not.toBeNull();
    expect(job.endTime!.getTime()).toBeGreaterThanOrEqual(job.startTime!.getTime());
    expect(job.tasks.map((t) => t.name)).toEqual(STEP_NAMES);
    expect(job.tasks.every((t) => t.state === 'Succeeded' && t.progress === 100)).toBe(true);
    for (const [i, task] of job.tasks.entries()) {
      expect(task.endTime!.getTime()).toBeGreaterThanOrEqual(task.startTime!.getTime());
      if (i > 0) expect(task.startTime!.getTime()).toBeGreaterThanOrEqual(job.tasks[i - 1]!.endTime!.getTime());
    }
    expect(job.errors).toEqual([]);

    const after = await loadItem(item.id);
    expect(after).toMatchObject({
      protectionState: 'Protected',
      activeLocation: 'Recovery',
      replicationHealth: 'Normal',
      masterTargetId: input.masterTargetId,
      failbackPolicyId: vault.failbackPolicyId,
    });
    expect(after.rpoInSeconds).toBeGreaterThan(0);
    expect(after.rpoInSeconds).toBeLessThanOrEqual(60);
    expect(await db().recoveryPoint.count({ where: { itemId: item.id } })).toBe(1);
    expect(await runner.runOnce()).toBe(false);
  });

  it('moves the progress of the job and of the synchronisation task in several increments', async () => {
    const { jobId } = await submitted();
    const runner = createRunner({ db: db(), speed: 'fast', recoveryPoints: false });
    const run = runner.runOnce();
    const seenTask = new Set<number>();
    const seenJob: number[] = [];
    await waitFor(async () => {
      const job = await loadJob(jobId);
      const sync = job.tasks.find((t) => t.name === 'SynchronizeDisks')!;
      if (sync.state === 'InProgress') seenTask.add(sync.progress);
      seenJob.push(job.progress);
      return job.state !== 'InProgress' && job.state !== 'NotStarted';
    }, 'the fast reprotect to finish');
    await run;
    expect((await loadJob(jobId)).state).toBe('Succeeded');
    expect([...seenTask].filter((p) => p > 0 && p < 100).length).toBeGreaterThanOrEqual(2);
    expect(seenJob).toEqual([...seenJob].sort((a, b) => a - b));
    expect(new Set(seenJob).size).toBeGreaterThanOrEqual(4);
  });

  it('two runners racing over 20 queued jobs run each job, and each step, exactly once', async () => {
    const mt = await createMasterTarget(db(), vault);
    const jobIds: string[] = [];
    for (let i = 0; i < 20; i++) jobIds.push((await submitted({ diskCount: 1 }, mt.id)).jobId);
    const { runs, hooks } = recorder();
    const a = instant({ runnerId: 'race-a', concurrency: 3, hooks });
    const b = instant({ runnerId: 'race-b', concurrency: 3, hooks });
    a.start();
    b.start();
    try {
      await waitFor(async () => (await db().job.count({ where: { id: { in: jobIds }, state: 'Succeeded' } })) === 20, 'all 20 jobs');
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    const jobs = await db().job.findMany({ where: { id: { in: jobIds } } });
    expect(jobs.every((job) => job.attempts === 1)).toBe(true);
    expect(new Set(jobs.map((job) => job.claimedBy))).toEqual(new Set(['race-a', 'race-b']));
    const ours = runs.filter((run) => jobIds.includes(run.jobId));
    expect(ours).toHaveLength(20 * STEP_NAMES.length);
    expect(new Set(ours.map((run) => `${run.jobId}/${run.step}`)).size).toBe(20 * STEP_NAMES.length);
    // Each job's steps ran on the runner that claimed it.
    const claimedBy = new Map(jobs.map((job) => [job.id, job.claimedBy]));
    expect(ours.every((run) => claimedBy.get(run.jobId) === run.runnerId)).toBe(true);
  });

  it('after a runner dies mid-job, another takes over once the lease expires and does not re-run finished steps', async () => {
    const { jobId, item } = await submitted();
    const { runs, hooks } = recorder();
    const hold = gate();
    const a = instant({
      runnerId: 'crashing-a',
      leaseMs: 60_000,
      hooks: {
        async beforeStep(info) {
          hooks.beforeStep(info);
          if (info.step === 'StartReverseReplication') await hold.opened;
        },
      },
    });
    const aRun = a.runOnce();
    await waitFor(async () => (await loadJob(jobId)).tasks[3]!.state === 'InProgress', 'runner A to reach the fourth step');
    const before = await loadJob(jobId);
    expect(before.tasks.slice(0, 3).every((t) => t.state === 'Succeeded')).toBe(true);

    // Runner A stops responding: its heartbeat is now older than any lease.
    await db().job.update({ where: { id: jobId }, data: { heartbeatAt: new Date(Date.now() - 10 * 60_000) } });
    const b = instant({ runnerId: 'rescuing-b', leaseMs: 60_000, hooks });
    expect(await b.runOnce()).toBe(true);

    const after = await loadJob(jobId);
    expect(after).toMatchObject({ state: 'Succeeded', claimedBy: 'rescuing-b', attempts: 2 });
    for (const i of [0, 1, 2]) expect(after.tasks[i]!.startTime).toEqual(before.tasks[i]!.startTime);
    expect(runs.filter((r) => r.jobId === jobId).map((r) => `${r.runnerId}:${r.step}`)).toEqual([
      'crashing-a:PrerequisitesCheck',
      'crashing-a:PrepareMasterTarget',
      'crashing-a:PrepareTargetDisks',
      'crashing-a:StartReverseReplication',
      'rescuing-b:StartReverseReplication',
      'rescuing-b:SynchronizeDisks',
      'rescuing-b:FinalizeProtection',
    ]);

    // A wakes up: the job is no longer its own, so it writes nothing.
    hold.open();
    await aRun;
    const final = await loadJob(jobId);
    expect(final.tasks.map((t) => [t.state, t.startTime, t.endTime])).toEqual(after.tasks.map((t) => [t.state, t.startTime, t.endTime]));
    expect(final).toMatchObject({ state: 'Succeeded', claimedBy: 'rescuing-b' });
    expect((await loadItem(item.id)).protectionState).toBe('Protected');
  });

  it('a runner stopped mid-job releases it; the next runner resumes at the interrupted step', async () => {
    const { jobId } = await submitted();
    const { runs, hooks } = recorder();
    const a = createRunner({ db: db(), runnerId: 'stopping-a', speed: 'fast', pollMs: 10, recoveryPoints: false, hooks });
    a.start();
    await waitFor(async () => (await loadJob(jobId)).tasks[2]!.state === 'Succeeded', 'runner A to finish three steps');
    await a.stop();
    const stopped = await loadJob(jobId);
    expect(stopped).toMatchObject({ state: 'InProgress', heartbeatAt: null, claimedBy: 'stopping-a' });
    const finished = stopped.tasks.filter((t) => t.state === 'Succeeded');
    expect(finished.length).toBeLessThan(STEP_NAMES.length);

    const b = instant({ runnerId: 'resuming-b', hooks });
    expect(await b.runOnce()).toBe(true);
    const after = await loadJob(jobId);
    expect(after.state).toBe('Succeeded');
    for (const task of finished) expect(after.tasks[task.order]!.startTime).toEqual(task.startTime);
    const byB = runs.filter((r) => r.jobId === jobId && r.runnerId === 'resuming-b').map((r) => r.step);
    expect(byB).toEqual(STEP_NAMES.slice(finished.length));
  });
});

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
      failbackPolicyId: vault.failbackPolicyId,
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
    const second = await submitReprotect(input, db());
    expect(second.ok).toBe(true);
    expect(await restartJob(db(), jobId)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect((await loadJob(jobId)).state).toBe('Failed');
    if (second.ok) expect(await requestCancel(db(), second.data.jobId)).toEqual({ ok: true });
  });
});

describe('recovery points', () => {
  it('adds points to reprotected items on the failback policy cadence and prunes those past retention', async () => {
    const { item } = await submitted();
    await instant().runOnce();
    const forward = await createReplicatedItem(db(), vault, { protectionState: 'Protected', activeLocation: 'Primary' });
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
    expect(await db().recoveryPoint.count({ where: { itemId: forward.id } })).toBe(1);
  });
});
