import type { JobSpeed } from './job-state';

// When a reprotected item (replicating Azure → on-premises) gains recovery points,
// from its failback policy. Policy minutes are compressed by the job speed so that
// the demo shows points appear while someone watches; the points carry real times.

export type RecoveryPointType = 'CrashConsistent' | 'AppConsistent';

export interface RecoveryPointPolicy {
  recoveryPointThresholdInMinutes: number;
  recoveryPointHistoryInMinutes: number;
  /** 0 turns app-consistent snapshots off. */
  appConsistentFrequencyInMinutes: number;
}

export interface PlannedRecoveryPoint {
  time: Date;
  type: RecoveryPointType;
}

/**
 * Crash-consistent points are taken every 5 policy minutes, well inside the 15-minute
 * RPO threshold of the failback policy, so a healthy item never breaches its RPO.
 */
export const CRASH_CONSISTENT_INTERVAL_MINUTES = 5;

/**
 * Policy minutes per real minute. Realistic matches the compression of the reprotect
 * itself (minutes instead of most of an hour); fast and instant divide 5, 60 and 1440
 * policy minutes into whole milliseconds.
 */
export function timeScale(speed: JobSpeed): number {
  switch (speed) {
    case 'realistic':
      return 10;
    case 'fast':
      return 600;
    case 'instant':
      return 3_000;
  }
}

export interface RecoveryPointIntervals {
  crashMs: number;
  /** null when the policy takes no app-consistent snapshots. */
  appMs: number | null;
  retentionMs: number;
}

export function recoveryPointIntervals(policy: RecoveryPointPolicy, speed: JobSpeed): RecoveryPointIntervals {
  const toMs = (minutes: number) => Math.max(1, Math.round((minutes * 60_000) / timeScale(speed)));
  const crashMinutes = Math.min(CRASH_CONSISTENT_INTERVAL_MINUTES, Math.max(1, policy.recoveryPointThresholdInMinutes));
  return {
    crashMs: toMs(crashMinutes),
    appMs: policy.appConsistentFrequencyInMinutes > 0 ? toMs(policy.appConsistentFrequencyInMinutes) : null,
    retentionMs: toMs(policy.recoveryPointHistoryInMinutes),
  };
}

/** Points older than this fall out of the retention window and are deleted. */
export function recoveryPointCutoff(now: Date, policy: RecoveryPointPolicy, speed: JobSpeed): Date {
  return new Date(now.getTime() - recoveryPointIntervals(policy, speed).retentionMs);
}

export interface RecoveryPointState {
  now: Date;
  /** Newest point of the item, if any. */
  lastPointTime: Date | null;
  /** Newest app-consistent point, if any (the app-consistent cadence counts from it). */
  lastAppConsistentTime: Date | null;
  policy: RecoveryPointPolicy;
  speed: JobSpeed;
}

/**
 * The points an item should gain between its newest point and now, on the
 * crash-consistent cadence; a point is app-consistent once the app-consistent
 * interval has passed since the last one. After a long pause (runner stopped) only
 * points inside the retention window are produced: older ones would be pruned at once.
 */
export function recoveryPointsToAdd(state: RecoveryPointState): PlannedRecoveryPoint[] {
  const { now, lastPointTime, policy, speed } = state;
  const { crashMs, appMs, retentionMs } = recoveryPointIntervals(policy, speed);
  const nowMs = now.getTime();
  if (lastPointTime === null) return [{ time: now, type: appMs === null ? 'CrashConsistent' : 'AppConsistent' }];

  const lastMs = lastPointTime.getTime();
  const windowStart = nowMs - retentionMs;
  // The first slot after the last point that is still inside the retention window.
  const skipped = lastMs + crashMs < windowStart ? Math.ceil((windowStart - lastMs) / crashMs) : 1;
  let lastAppMs = (state.lastAppConsistentTime ?? lastPointTime).getTime();
  const points: PlannedRecoveryPoint[] = [];
  for (let t = lastMs + skipped * crashMs; t <= nowMs; t += crashMs) {
    const appConsistent = appMs !== null && t - lastAppMs >= appMs;
    if (appConsistent) lastAppMs = t;
    points.push({ time: new Date(t), type: appConsistent ? 'AppConsistent' : 'CrashConsistent' });
  }
  return points;
}

/** How often the runner looks for points to add: about half the fastest cadence. */
export function recoveryPointTickMs(speed: JobSpeed): number {
  return speed === 'realistic' ? 10_000 : 1_000;
}
