import { describe, expect, it } from 'vitest';
import { attemptNumberText, attemptStarterText, attemptUserLabel, jobStarterLabel, tasksForNextAttempt } from './job-attempts';
import type { JobState } from './job-state';

const task = (order: number, state: JobState, progress = state === 'Succeeded' ? 100 : 0, ranInAttempt = 1) => ({
  order,
  state,
  progress,
  ranInAttempt,
});

describe('tasksForNextAttempt', () => {
  it('keeps the tasks that succeeded and queues the failed one and those after it for the new attempt', () => {
    const next = tasksForNextAttempt([task(2, 'Failed', 40), task(0, 'Succeeded'), task(1, 'Succeeded'), task(3, 'NotStarted')], 2);
    expect(next.resumeAt).toBe(2);
    expect(next.tasks).toEqual([task(0, 'Succeeded'), task(1, 'Succeeded'), task(2, 'NotStarted', 0, 2), task(3, 'NotStarted', 0, 2)]);
    expect(next.progress).toBe(50);
  });

  it('keeps the attempt that ran a task kept from further back', () => {
    const next = tasksForNextAttempt([task(0, 'Succeeded', 100, 1), task(1, 'Succeeded', 100, 2), task(2, 'Cancelled', 0, 2)], 3);
    expect(next.tasks.map((t) => t.ranInAttempt)).toEqual([1, 2, 3]);
  });

  it('resumes past the last task when every task had succeeded, so that nothing runs again', () => {
    const next = tasksForNextAttempt([task(0, 'Succeeded'), task(1, 'Succeeded')], 2);
    expect(next.resumeAt).toBe(2);
    expect(next.tasks.every((t) => t.state === 'Succeeded' && t.ranInAttempt === 1)).toBe(true);
    expect(next.progress).toBe(100);
  });

  it('queues every task again when the first one failed', () => {
    const next = tasksForNextAttempt([task(0, 'Failed'), task(1, 'NotStarted')], 2);
    expect(next.resumeAt).toBe(0);
    expect(next.progress).toBe(0);
  });
});

describe('labels', () => {
  it('numbers an attempt among several, and a single one alone', () => {
    expect(attemptNumberText(1, 1)).toBe('1');
    expect(attemptNumberText(2, 3)).toBe('2 of 3');
  });

  it('shows a dash for an attempt whose user the portal does not know', () => {
    expect(attemptUserLabel(null)).toBe('—');
    expect(attemptUserLabel('ada@contoso.com')).toBe('ada@contoso.com');
    expect(jobStarterLabel('Portal')).toBe('Portal');
    expect(jobStarterLabel('Runner')).toBe('Job runner');
    expect(attemptStarterText({ startedBy: null, startedVia: 'Portal' })).toBe('— via Portal');
    expect(attemptStarterText({ startedBy: 'ada@contoso.com', startedVia: 'Portal' })).toBe('ada@contoso.com via Portal');
  });
});
