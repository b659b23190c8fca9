import { describe, expect, it } from 'vitest';
import { listJobs } from '../data/jobs';
import { submitReprotect } from '../data/reprotect';
import { getJobDetail } from '../data/jobs-detail';
import { DEFAULT_JOBS_QUERY } from '../schemas/jobs-params';
import { requestCancel, restartJob } from './actions';
import { defaultRegistry } from './registry';
import { db, instant, loadJob, setUpRunnerTestVault, STEP_NAMES, submitted, testVault } from './runner-test-kit';

setUpRunnerTestVault();

const detailOf = async (jobId: string) => (await getJobDetail(testVault().vaultId, jobId, db()))!;
const FAILING_STEP = STEP_NAMES.indexOf('StartReverseReplication');

describe('attempts of a restarted job', () => {
  it('keeps each attempt with its tasks, errors, times and who started it; the job reports the current one', async () => {
    const { jobId, item } = await submitted({ azureVmRunning: false });
    await instant().runOnce();
    const firstRun = await loadJob(jobId);
    expect(firstRun).toMatchObject({ state: 'Failed', attemptCount: 1, claimCount: 1, startedVia: 'Portal', startedBy: null });

    // Restarted by a known user while the VM is still stopped: the second attempt fails the same way.
    expect(await restartJob(db(), jobId, defaultRegistry, undefined, { via: 'Portal', user: 'ada@contoso.com' })).toEqual({ ok: true });
    const queued = await detailOf(jobId);
    expect(queued).toMatchObject({ state: 'NotStarted', attemptCount: 2, startedBy: 'ada@contoso.com', startTime: null, endTime: null, errors: [] });
    expect(queued.earlierAttempts.map((attempt) => [attempt.number, attempt.state, attempt.errors.map((e) => e.errorCode)])).toEqual([[1, 'Failed', ['78093']]]);
    await instant().runOnce();

    await db().replicatedItem.update({ where: { id: item.id }, data: { azureVmRunning: true } });
    expect(await restartJob(db(), jobId)).toEqual({ ok: true });
    await instant().runOnce();

    const done = await detailOf(jobId);
    expect(done).toMatchObject({ state: 'Succeeded', attemptCount: 3, startedVia: 'Portal', startedBy: null, errors: [] });
    // The current attempt ran the failed task and those after it; the tasks before it are kept from the first.
    expect(done.tasks.map((task) => [task.state, task.ranInAttempt])).toEqual(
      STEP_NAMES.map((_, index) => ['Succeeded', index < FAILING_STEP ? 1 : 3]),
    );

    const [second, first] = done.earlierAttempts;
    expect(done.earlierAttempts.map((attempt) => attempt.number)).toEqual([2, 1]);
    expect(second).toMatchObject({ state: 'Failed', stateDescription: 'Failed', startedVia: 'Portal', startedBy: 'ada@contoso.com' });
    expect(first).toMatchObject({ state: 'Failed', startedBy: null });
    for (const attempt of [first!, second!]) {
      expect(attempt.tasks.map((task) => task.state)).toEqual(STEP_NAMES.map((_, index) => (index < FAILING_STEP ? 'Succeeded' : index === FAILING_STEP ? 'Failed' : 'NotStarted')));
      expect(attempt.errors.map((error) => [error.errorCode, error.taskName, error.attempt])).toEqual([['78093', 'Starting reverse replication', attempt.number]]);
      expect(Date.parse(attempt.startTime!)).toBeLessThanOrEqual(Date.parse(attempt.endTime!));
    }
    expect(second!.tasks.map((task) => task.ranInAttempt)).toEqual(STEP_NAMES.map((_, index) => (index < FAILING_STEP ? 1 : 2)));
    // Each attempt ran after the one before it; the job's own times are the last attempt's.
    expect(Date.parse(second!.startTime!)).toBeGreaterThanOrEqual(Date.parse(first!.endTime!));
    expect(Date.parse(done.startTime!)).toBeGreaterThanOrEqual(Date.parse(second!.endTime!));

    const row = (await listJobs(testVault().vaultId, { ...DEFAULT_JOBS_QUERY, q: item.friendlyName }, db())).items[0];
    expect(row).toMatchObject({ id: jobId, state: 'Succeeded', attemptCount: 3 });
  });

  it('a refused restart starts no attempt; a cancelled attempt is the job’s current one', async () => {
    const { jobId, input } = await submitted({ azureVmRunning: false });
    await instant().runOnce();
    const other = await submitReprotect(testVault().vaultId, input, db());
    if (!other.ok) throw new Error(other.error.message);
    expect(await restartJob(db(), jobId)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect(await detailOf(jobId)).toMatchObject({ state: 'Failed', attemptCount: 1, earlierAttempts: [] });
    expect(await requestCancel(db(), other.data.jobId)).toEqual({ ok: true });

    expect(await restartJob(db(), jobId)).toEqual({ ok: true });
    expect(await requestCancel(db(), jobId)).toEqual({ ok: true });
    const cancelled = await detailOf(jobId);
    expect(cancelled).toMatchObject({ state: 'Cancelled', attemptCount: 2, errors: [] });
    expect(cancelled.earlierAttempts.map((attempt) => [attempt.number, attempt.state])).toEqual([[1, 'Failed']]);
    expect(await restartJob(db(), jobId)).toMatchObject({ ok: false, error: { kind: 'refused' } });
    expect(await detailOf(jobId)).toMatchObject({ attemptCount: 2, earlierAttempts: [expect.objectContaining({ number: 1 })] });
  });
});
