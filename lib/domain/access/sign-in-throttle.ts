// Repeated failed sign-ins are slowed down, per account and per client address:
// a few mistakes are free, then each further failure doubles the wait before the
// next attempt, up to a ceiling. A quiet spell longer than the window forgets them.

export interface ThrottlePolicy {
  /** Failures allowed within the window before any wait. */
  freeFailures: number;
  windowMs: number;
  firstWaitMs: number;
  maxWaitMs: number;
}

/** Per account: a person who mistypes a few times is not slowed down. */
export const ACCOUNT_THROTTLE: ThrottlePolicy = { freeFailures: 5, windowMs: 15 * 60_000, firstWaitMs: 30_000, maxWaitMs: 15 * 60_000 };
/** Per address: a team behind one address shares it, so it allows more. */
export const ADDRESS_THROTTLE: ThrottlePolicy = { freeFailures: 20, windowMs: 15 * 60_000, firstWaitMs: 30_000, maxWaitMs: 15 * 60_000 };

export interface ThrottleState {
  failures: number;
  firstFailureAt: Date;
  lockedUntil: Date | null;
}

/** Milliseconds until the next attempt may be made (0: now). */
export function waitBeforeAttempt(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The state after one more failed attempt at `now`. */
export function recordFailure(state: ThrottleState | null, policy: ThrottlePolicy, now: Date): ThrottleState {
  const fresh = !state || now.getTime() - state.firstFailureAt.getTime() > policy.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const firstFailureAt = fresh ? now : state.firstFailureAt;
  const beyond = failures - policy.freeFailures;
  if (beyond <= 0) return { failures, firstFailureAt, lockedUntil: null };
  const wait = Math.min(policy.maxWaitMs, policy.firstWaitMs * 2 ** (beyond - 1));
  return { failures, firstFailureAt, lockedUntil: new Date(now.getTime() + wait) };
}

/** "30 seconds", "2 minutes": rounded up, so that trying after it always works. */
export function waitLabel(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function throttledMessage(ms: number): string {
  return `Too many failed sign-ins. Wait ${waitLabel(ms)}, then try again.`;
}
