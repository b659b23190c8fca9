import { describe, expect, it } from 'vitest';
import {
  recoveryPointCutoff,
  recoveryPointIntervals,
  recoveryPointsToAdd,
  timeScale,
  type RecoveryPointPolicy,
} from './recovery-points';

const FAILBACK: RecoveryPointPolicy = {
  recoveryPointThresholdInMinutes: 15,
  recoveryPointHistoryInMinutes: 24 * 60,
  appConsistentFrequencyInMinutes: 60,
};

const t0 = new Date('2026-01-01T00:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('recoveryPointIntervals', () => {
  it.each([
    ['realistic', 30_000, 360_000, 8_640_000],
    ['fast', 500, 6_000, 144_000],
    ['instant', 100, 1_200, 28_800],
  ] as const)('%s: crash every %i ms, app-consistent every %i ms, kept %i ms', (speed, crashMs, appMs, retentionMs) => {
    expect(recoveryPointIntervals(FAILBACK, speed)).toEqual({ crashMs, appMs, retentionMs });
  });

  it('scales the failback policy consistently: 12 crash points per app-consistent point, 288 in the window', () => {
    for (const speed of ['realistic', 'fast', 'instant'] as const) {
      const { crashMs, appMs, retentionMs } = recoveryPointIntervals(FAILBACK, speed);
      expect(appMs! / crashMs).toBe(12);
      expect(retentionMs / crashMs).toBe(288);
      expect(timeScale(speed)).toBeGreaterThan(0);
    }
  });

  it('turns app-consistent points off when the policy frequency is 0', () => {
    expect(recoveryPointIntervals({ ...FAILBACK, appConsistentFrequencyInMinutes: 0 }, 'fast').appMs).toBeNull();
  });

  it('keeps crash-consistent points inside a tighter RPO threshold', () => {
    expect(recoveryPointIntervals({ ...FAILBACK, recoveryPointThresholdInMinutes: 2 }, 'realistic').crashMs).toBe(12_000);
  });
});

describe('recoveryPointsToAdd', () => {
  it('gives a new item one point now, app-consistent when the policy takes them', () => {
    expect(recoveryPointsToAdd({ now: t0, lastPointTime: null, lastAppConsistentTime: null, policy: FAILBACK, speed: 'fast' })).toEqual([
      { time: t0, type: 'AppConsistent' },
    ]);
    const noApp = { ...FAILBACK, appConsistentFrequencyInMinutes: 0 };
    expect(recoveryPointsToAdd({ now: t0, lastPointTime: null, lastAppConsistentTime: null, policy: noApp, speed: 'fast' })).toEqual([
      { time: t0, type: 'CrashConsistent' },
    ]);
  });

  it('adds nothing before the next crash-consistent slot', () => {
    const points = recoveryPointsToAdd({ now: at(499), lastPointTime: t0, lastAppConsistentTime: t0, policy: FAILBACK, speed: 'fast' });
    expect(points).toEqual([]);
  });

  it('adds one point per elapsed interval, on the cadence of the last point', () => {
    const points = recoveryPointsToAdd({ now: at(1_700), lastPointTime: t0, lastAppConsistentTime: t0, policy: FAILBACK, speed: 'fast' });
    expect(points.map((p) => p.time.getTime() - t0.getTime())).toEqual([500, 1_000, 1_500]);
    expect(points.every((p) => p.type === 'CrashConsistent')).toBe(true);
  });

  it('makes a point app-consistent once the app-consistent interval has passed since the last one', () => {
    const points = recoveryPointsToAdd({ now: at(13_000), lastPointTime: t0, lastAppConsistentTime: t0, policy: FAILBACK, speed: 'fast' });
    const app = points.filter((p) => p.type === 'AppConsistent').map((p) => p.time.getTime() - t0.getTime());
    expect(app).toEqual([6_000, 12_000]);
    expect(points).toHaveLength(26);
  });

  it('counts the app-consistent interval from the last app-consistent point, not the last point', () => {
    const points = recoveryPointsToAdd({ now: at(500), lastPointTime: t0, lastAppConsistentTime: at(-5_600), policy: FAILBACK, speed: 'fast' });
    expect(points).toEqual([{ time: at(500), type: 'AppConsistent' }]);
  });

  it('after a long pause produces only points still inside the retention window', () => {
    const now = at(10 * 144_000);
    const points = recoveryPointsToAdd({ now, lastPointTime: t0, lastAppConsistentTime: t0, policy: FAILBACK, speed: 'fast' });
    const cutoff = recoveryPointCutoff(now, FAILBACK, 'fast');
    expect(points.length).toBeGreaterThan(0);
    expect(points.length).toBeLessThanOrEqual(289);
    expect(points.every((p) => p.time >= cutoff && p.time <= now)).toBe(true);
    // Still on the original cadence.
    expect(points.every((p) => (p.time.getTime() - t0.getTime()) % 500 === 0)).toBe(true);
  });

  it('never adds a point in the future or at the time of the last point', () => {
    const points = recoveryPointsToAdd({ now: at(1_000), lastPointTime: t0, lastAppConsistentTime: null, policy: FAILBACK, speed: 'fast' });
    expect(points.map((p) => p.time.getTime())).toEqual([at(500).getTime(), at(1_000).getTime()]);
  });
});

describe('recoveryPointCutoff', () => {
  it('is now minus the scaled retention', () => {
    expect(recoveryPointCutoff(at(200_000), FAILBACK, 'fast')).toEqual(at(200_000 - 144_000));
    expect(recoveryPointCutoff(t0, FAILBACK, 'realistic')).toEqual(at(-8_640_000));
  });
});
