import { describe, expect, it } from 'vitest';
import { policySettingsSchema } from './policies';

const valid = { recoveryPointThresholdInMinutes: 60, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: true };

describe('policySettingsSchema (Edit settings of a forward policy)', () => {
  it('accepts settings within the ranges', () => {
    expect(policySettingsSchema.safeParse(valid)).toMatchObject({ success: true, data: valid });
  });

  it('refuses an app-consistent frequency longer than the retention, under that field', () => {
    const result = policySettingsSchema.safeParse({ ...valid, recoveryPointHistoryInMinutes: 30 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['appConsistentFrequencyInMinutes', 'The app-consistent snapshot frequency cannot be longer than the recovery point retention.'],
    ]);
  });

  it('refuses a value out of range, or a setting left out', () => {
    expect(policySettingsSchema.safeParse({ ...valid, recoveryPointThresholdInMinutes: 10 }).error?.issues[0]?.message).toMatch(/RPO threshold must be between 15 and/);
    expect(policySettingsSchema.safeParse({ ...valid, multiVmSyncStatus: undefined }).error?.issues[0]?.path).toEqual(['multiVmSyncStatus']);
  });
});
