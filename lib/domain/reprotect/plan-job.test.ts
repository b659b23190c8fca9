import { describe, expect, it } from 'vitest';
import { planJobOutcome, type ChildJobSnapshot } from './plan-job';

describe('planJobOutcome', () => {
  const job = (targetObjectName: string, state: ChildJobSnapshot['state'], progress = 0): ChildJobSnapshot => ({ targetObjectName, state, progress });
  it.each<[string, ChildJobSnapshot[], Partial<ReturnType<typeof planJobOutcome>>]>([
    ['all running: not finished, progress is the average', [job('a', 'InProgress', 50), job('b', 'NotStarted')], { finished: false, progress: 25 }],
    ['all succeeded: Completed at 100%', [job('a', 'Succeeded', 100), job('b', 'Succeeded', 100)], { finished: true, progress: 100, stateDescription: 'Completed' }],
    [
      'one failed, one succeeded: PartiallySucceeded, the failed one keeps its share',
      [job('a', 'Failed', 40), job('b', 'Succeeded', 100)],
      { finished: true, progress: 70, failed: ['a'], stateDescription: 'PartiallySucceeded' },
    ],
    ['a failure does not finish the plan while another machine runs', [job('a', 'Failed', 40), job('b', 'InProgress', 60)], { finished: false, progress: 50 }],
    ['all failed or cancelled: Failed', [job('a', 'Failed', 10), job('b', 'Cancelled', 0)], { finished: true, cancelled: ['b'], stateDescription: 'Failed' }],
  ])('%s', (_case, children, expected) => {
    expect(planJobOutcome(children)).toMatchObject(expected);
  });
});
