import { describe, expect, it } from 'vitest';
import {
  aggregateProgress,
  allowedActions,
  canTransition,
  isTerminal,
  JOB_STATES,
  parseJobSpeed,
  progressIncrements,
  stepDurationMs,
  type JobAction,
  type JobSpeed,
  type JobState,
} from './job-state';
import { REPROTECT_STEPS } from './reprotect-steps';

describe('isTerminal', () => {
  it.each<[JobState, boolean]>([
    ['NotStarted', false],
    ['InProgress', false],
    ['Suspended', false],
    ['Succeeded', true],
    ['Failed', true],
    ['Cancelled', true],
  ])('%s → %s', (state, expected) => {
    expect(isTerminal(state)).toBe(expected);
  });
});

describe('allowedActions', () => {
  it.each<[JobState, boolean, JobAction[]]>([
    ['NotStarted', false, ['Cancel']],
    ['NotStarted', true, []],
    ['InProgress', false, ['Cancel']],
    ['InProgress', true, []],
    ['Suspended', false, ['Cancel', 'Resume']],
    ['Suspended', true, ['Resume']],
    ['Failed', false, ['Restart']],
    ['Succeeded', false, []],
    ['Cancelled', false, []],
  ])('%s (cancel requested: %s) → %j', (state, cancelRequested, expected) => {
    expect(allowedActions(state, { cancelRequested })).toEqual(expected);
  });

  it('offers nothing but Restart on a finished job, and Restart only when it failed', () => {
    for (const state of JOB_STATES.filter(isTerminal)) {
      expect(allowedActions(state, { cancelRequested: false }).includes('Restart')).toBe(state === 'Failed');
      expect(allowedActions(state, { cancelRequested: false })).not.toContain('Cancel');
    }
  });
});

describe('canTransition', () => {
  it.each<[JobState, JobState, boolean]>([
    ['NotStarted', 'InProgress', true],
    ['NotStarted', 'Cancelled', true],
    ['NotStarted', 'Succeeded', false],
    ['InProgress', 'Succeeded', true],
    ['InProgress', 'Failed', true],
    ['InProgress', 'Cancelled', true],
    ['InProgress', 'NotStarted', false],
    ['InProgress', 'InProgress', false],
    ['Suspended', 'InProgress', true],
    ['Failed', 'NotStarted', true],
    ['Failed', 'InProgress', false],
    ['Succeeded', 'NotStarted', false],
    ['Succeeded', 'Failed', false],
    ['Cancelled', 'NotStarted', false],
    ['Cancelled', 'InProgress', false],
  ])('%s → %s: %s', (from, to, expected) => {
    expect(canTransition(from, to)).toBe(expected);
  });

  it('never leaves Succeeded or Cancelled', () => {
    for (const to of JOB_STATES) {
      expect(canTransition('Succeeded', to)).toBe(false);
      expect(canTransition('Cancelled', to)).toBe(false);
    }
  });
});

describe('aggregateProgress', () => {
  it.each<[string, { state: JobState; progress: number }[], number]>([
    ['no tasks', [], 0],
    ['nothing started', [{ state: 'NotStarted', progress: 0 }, { state: 'NotStarted', progress: 0 }], 0],
    ['one of two done', [{ state: 'Succeeded', progress: 100 }, { state: 'NotStarted', progress: 0 }], 50],
    ['half of the running one', [{ state: 'Succeeded', progress: 100 }, { state: 'InProgress', progress: 50 }], 75],
    ['a succeeded task counts whole whatever its progress field', [{ state: 'Succeeded', progress: 0 }], 100],
    ['out-of-range progress is clamped', [{ state: 'InProgress', progress: 250 }, { state: 'NotStarted', progress: -5 }], 50],
  ])('%s → %i', (_name, tasks, expected) => {
    expect(aggregateProgress(tasks)).toBe(expected);
  });
});

describe('parseJobSpeed', () => {
  it.each<[string | undefined, JobSpeed]>([
    [undefined, 'realistic'],
    ['', 'realistic'],
    ['realistic', 'realistic'],
    ['fast', 'fast'],
    [' FAST ', 'fast'],
    ['instant', 'instant'],
    ['warp', 'realistic'],
  ])('%j → %s', (value, expected) => {
    expect(parseJobSpeed(value)).toBe(expected);
  });
});

describe('stepDurationMs', () => {
  const total = (speed: JobSpeed) => REPROTECT_STEPS.reduce((sum, step) => sum + stepDurationMs(step.name, speed), 0);

  it('realistic: a few minutes in all, every step visible, synchronisation the longest', () => {
    expect(total('realistic')).toBeGreaterThanOrEqual(2 * 60_000);
    expect(total('realistic')).toBeLessThanOrEqual(6 * 60_000);
    const durations = REPROTECT_STEPS.map((step) => stepDurationMs(step.name, 'realistic'));
    expect(Math.min(...durations)).toBeGreaterThanOrEqual(5_000);
    expect(Math.max(...durations)).toBe(stepDurationMs('SynchronizeDisks', 'realistic'));
  });

  it('fast: a whole reprotect in 3 to 5 seconds, synchronisation still the longest', () => {
    expect(total('fast')).toBeGreaterThanOrEqual(3_000);
    expect(total('fast')).toBeLessThanOrEqual(5_000);
    const durations = REPROTECT_STEPS.map((step) => stepDurationMs(step.name, 'fast'));
    expect(Math.max(...durations)).toBe(stepDurationMs('SynchronizeDisks', 'fast'));
  });

  it('instant: no waiting at all', () => {
    for (const step of REPROTECT_STEPS) expect(stepDurationMs(step.name, 'instant')).toBe(0);
  });

  it('long steps report several progress updates at every speed', () => {
    for (const speed of ['realistic', 'fast', 'instant'] as const) expect(progressIncrements(speed)).toBeGreaterThan(2);
  });
});
