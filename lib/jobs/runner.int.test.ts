import { describe, expect, it } from 'vitest';
import { createMasterTarget } from '../data/seed/factories';
import { createRunner } from './runner';
import { db, gate, instant, loadItem, loadJob, recorder, setUpRunnerTestVault, STEP_NAMES, submitted, testVault, waitFor } from './runner-test-kit';

setUpRunnerTestVault();

describe('runner', () => {
  it('runs a submitted reprotect to Succeeded, every task in order, and leaves the item protected from Azure to on-premises', async () => {
    const { jobId, item, input } = await submitted();
    const runner = instant();
    expect(await runner.runOnce()).toBe(true);

    const job = await loadJob(jobId);
    expect(job).toMatchObject({ state: 'Succeeded', stateDescription: 'Completed', progress: 100, claimCount: 1, claimedBy: runner.id });
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
      failbackPolicyId: testVault().failbackPolicyId,
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
    const mt = await createMasterTarget(db(), testVault());
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
    expect(jobs.every((job) => job.claimCount === 1)).toBe(true);
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
    expect(after).toMatchObject({ state: 'Succeeded', claimedBy: 'rescuing-b', claimCount: 2 });
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

