import { describe, expect, it } from 'vitest';
import {
  anyJobRunning,
  elapsedMs,
  formatDuration,
  IDLE_JOBS_POLL_MS,
  jobActionUnavailableReason,
  jobsListPollMs,
  jobStatusText,
  jobTimeRangeStart,
  jobTypeLabel,
  machineCountText,
  RUNNING_JOB_POLL_MS,
  type JobTimeRange,
} from './job-display';
import type { JobState } from './job-state';

describe('jobTypeLabel', () => {
  it.each([
    ['ReverseReplication', 'Reprotect'],
    ['UnplannedFailover', 'Failover'],
    ['CommitFailover', 'Commit'],
    ['EnableDr', 'Enable replication'],
    ['SomethingNew', 'SomethingNew'],
  ])('%s → %s', (scenario, label) => {
    expect(jobTypeLabel(scenario)).toBe(label);
  });
});

describe('jobTimeRangeStart', () => {
  const now = new Date('2026-11-25T12:00:00.000Z');
  it.each<[JobTimeRange, string | null]>([
    ['1h', '2026-11-25T11:00:00.000Z'],
    ['24h', '2026-11-24T12:00:00.000Z'],
    ['7d', '2026-11-18T12:00:00.000Z'],
    ['30d', '2026-10-26T12:00:00.000Z'],
    ['all', null],
  ])('%s starts at %s', (range, expected) => {
    expect(jobTimeRangeStart(range, now)?.toISOString() ?? null).toBe(expected);
  });
});

describe('jobStatusText', () => {
  it.each<[JobState, number, string]>([
    ['InProgress', 45, 'In progress (45%)'],
    ['InProgress', 0, 'In progress (0%)'],
    ['NotStarted', 0, 'Not started'],
    ['Succeeded', 100, 'Successful'],
    ['Failed', 60, 'Failed'],
    ['Cancelled', 20, 'Cancelled'],
  ])('%s at %i%% → %s', (state, progress, text) => {
    expect(jobStatusText(state, progress)).toBe(text);
  });
});

describe('elapsedMs', () => {
  const now = Date.parse('2026-11-25T12:00:00.000Z');
  it.each<[string | null, string | null, number | null]>([
    [null, null, null],
    ['2026-11-25T11:58:30.000Z', null, 90_000],
    ['2026-11-25T11:00:00.000Z', '2026-11-25T11:04:05.000Z', 245_000],
    // A browser clock behind the server's must not show a negative duration.
    ['2026-11-25T12:00:05.000Z', null, 0],
  ])('from %s to %s → %s', (start, end, expected) => {
    expect(elapsedMs(start, end, now)).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '00:00:00'],
    [999, '00:00:00'],
    [61_000, '00:01:01'],
    [3_723_000, '01:02:03'],
    [26 * 3_600_000 + 5_000, '26:00:05'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('anyJobRunning', () => {
  it.each<[JobState[], boolean]>([
    [[], false],
    [['Succeeded', 'Failed', 'Cancelled'], false],
    [['Succeeded', 'InProgress'], true],
    [['NotStarted'], true],
    [['Suspended'], true],
  ])('%j → %s', (states, expected) => {
    expect(anyJobRunning(states)).toBe(expected);
  });
});

describe('jobsListPollMs', () => {
  it('polls quickly while a listed job runs, and keeps polling for new jobs when none does', () => {
    expect(jobsListPollMs(['Succeeded', 'InProgress'])).toBe(RUNNING_JOB_POLL_MS);
    expect(jobsListPollMs(['Succeeded', 'Failed'])).toBe(IDLE_JOBS_POLL_MS);
    expect(jobsListPollMs([])).toBe(IDLE_JOBS_POLL_MS);
    expect(IDLE_JOBS_POLL_MS).toBeGreaterThan(RUNNING_JOB_POLL_MS);
  });
});

describe('machineCountText', () => {
  it.each([
    [0, '0 machines'],
    [1, '1 machine'],
    [5, '5 machines'],
  ])('%i → %s', (count, text) => {
    expect(machineCountText(count)).toBe(text);
  });
});

describe('jobActionUnavailableReason', () => {
  it.each<['Cancel' | 'Restart', JobState, boolean, RegExp | null]>([
    ['Cancel', 'InProgress', false, null],
    ['Cancel', 'NotStarted', false, null],
    ['Cancel', 'InProgress', true, /Cancellation has been requested/],
    ['Cancel', 'Succeeded', false, /This job has succeeded/],
    ['Cancel', 'Failed', false, /This job has failed/],
    ['Restart', 'Failed', false, null],
    ['Restart', 'InProgress', false, /Only a failed job can be restarted/],
    ['Restart', 'Cancelled', false, /This job was cancelled/],
  ])('%s on %s (cancel requested: %s)', (action, state, cancelRequested, expected) => {
    const reason = jobActionUnavailableReason(action, state, cancelRequested);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});
