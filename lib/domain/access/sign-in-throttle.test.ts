import { describe, expect, it } from 'vitest';
import { ACCOUNT_THROTTLE, recordFailure, throttledMessage, waitBeforeAttempt, waitLabel, type ThrottleState } from './sign-in-throttle';

const t0 = new Date('2026-01-01T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function failTimes(count: number, start = 0): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < count; i++) state = recordFailure(state, ACCOUNT_THROTTLE, at(start + i));
  return state;
}

describe('sign-in throttle', () => {
  it('lets the first failures through without a wait', () => {
    const state = failTimes(ACCOUNT_THROTTLE.freeFailures);
    expect(state?.failures).toBe(5);
    expect(waitBeforeAttempt(state, at(5))).toBe(0);
  });

  it('makes the next attempt wait after one failure too many, doubling each time', () => {
    const sixth = failTimes(6);
    expect(waitBeforeAttempt(sixth, at(5))).toBe(30_000);
    const seventh = recordFailure(sixth, ACCOUNT_THROTTLE, at(40));
    expect(waitBeforeAttempt(seventh, at(40))).toBe(60_000);
  });

  it('never waits longer than the ceiling', () => {
    const many = failTimes(40);
    expect(waitBeforeAttempt(many, at(39))).toBe(ACCOUNT_THROTTLE.maxWaitMs);
  });

  it('forgets failures older than the window', () => {
    const old = failTimes(6);
    const later = recordFailure(old, ACCOUNT_THROTTLE, at(16 * 60));
    expect(later.failures).toBe(1);
    expect(waitBeforeAttempt(later, at(16 * 60))).toBe(0);
  });

  it('no record means no wait', () => {
    expect(waitBeforeAttempt(null, t0)).toBe(0);
  });

  it('says the wait in whole seconds or minutes, rounded up', () => {
    expect(waitLabel(1)).toBe('1 second');
    expect(waitLabel(29_001)).toBe('30 seconds');
    expect(waitLabel(60_000)).toBe('1 minute');
    expect(waitLabel(61_000)).toBe('2 minutes');
    expect(throttledMessage(30_000)).toBe('Too many failed sign-ins. Wait 30 seconds, then try again.');
  });
});
