import { describe, expect, it } from 'vitest';
import { claimNextJob } from './claim';
import { createRunner } from './runner';
import { db, loadJob, setUpRunnerTestVault, submitted, waitFor } from './runner-test-kit';

setUpRunnerTestVault();

// A stopping runner gives back every job it holds, so that another runner continues it at
// once instead of waiting out the lease (30 s by default).

const LEASE_MS = 30_000;

describe('stopping a runner', () => {
  it('gives back a job whose step is running: the next runner takes it without waiting for the lease', async () => {
    const { jobId } = await submitted();
    const runner = createRunner({ db: db(), speed: 'realistic', leaseMs: LEASE_MS, recoveryPoints: false, siteHeartbeats: false });
    const run = runner.runOnce();
    await waitFor(async () => (await loadJob(jobId)).tasks.some((task) => task.state === 'InProgress'), 'a step to run');
    await runner.stop();
    await run;

    const job = await loadJob(jobId);
    expect(job).toMatchObject({ state: 'InProgress', claimedBy: runner.id, heartbeatAt: null });
    const next = await claimNextJob(db(), { runnerId: 'next', leaseMs: LEASE_MS, scenarios: [job.scenarioName] });
    expect(next?.id).toBe(jobId);
  });

  it('gives back a job it claimed while stop() was already under way, without running a step of it', async () => {
    const { jobId } = await submitted();
    const runner = createRunner({ db: db(), speed: 'fast', leaseMs: LEASE_MS, recoveryPoints: false, siteHeartbeats: false });
    // The claim is on its way to the database when the stop begins.
    const run = runner.runOnce();
    const stopped = runner.stop();
    expect(await run).toBe(true);
    await stopped;

    const job = await loadJob(jobId);
    expect(job).toMatchObject({ state: 'InProgress', claimedBy: runner.id, heartbeatAt: null, progress: 0 });
    expect(job.tasks.every((task) => task.state === 'NotStarted')).toBe(true);
    const next = await claimNextJob(db(), { runnerId: 'next', leaseMs: LEASE_MS, scenarios: [job.scenarioName] });
    expect(next?.id).toBe(jobId);
  });
});
