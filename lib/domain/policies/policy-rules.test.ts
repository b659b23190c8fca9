import { describe, expect, it } from 'vitest';
import { forwardPolicyInputSchema } from '../../schemas/policies';
import { FAILBACK_POLICY_VALUES } from '../reprotect/constants';
import { appConsistencyProblem, failbackPolicyName, failbackPolicyValues, minutesLabel, policyChangeProblem, retentionLabel } from './policy-rules';

const valid = { friendlyName: 'gold', recoveryPointThresholdInMinutes: 60, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: true };

describe('forward policy ranges (the documented limits of the service)', () => {
  it.each([
    { field: 'recoveryPointThresholdInMinutes', value: 15, ok: true },
    { field: 'recoveryPointThresholdInMinutes', value: 240, ok: true },
    { field: 'recoveryPointThresholdInMinutes', value: 14, ok: false },
    { field: 'recoveryPointThresholdInMinutes', value: 241, ok: false },
    { field: 'recoveryPointHistoryInMinutes', value: 21_600, ok: true },
    { field: 'recoveryPointHistoryInMinutes', value: 21_601, ok: false },
    { field: 'recoveryPointHistoryInMinutes', value: 59, ok: false },
    { field: 'appConsistentFrequencyInMinutes', value: 0, ok: true },
    { field: 'appConsistentFrequencyInMinutes', value: 720, ok: true },
    { field: 'appConsistentFrequencyInMinutes', value: 721, ok: false },
    { field: 'recoveryPointThresholdInMinutes', value: Number.NaN, ok: false },
  ])('$field = $value accepted: $ok', ({ field, value, ok }) => {
    // 59 minutes of retention is in range, but shorter than the 60-minute app-consistent frequency.
    expect(forwardPolicyInputSchema.safeParse({ ...valid, [field]: value }).success).toBe(ok);
  });

  it('the app-consistent frequency may equal the retention but not exceed it', () => {
    expect(appConsistencyProblem({ recoveryPointThresholdInMinutes: 15, recoveryPointHistoryInMinutes: 60, appConsistentFrequencyInMinutes: 60 })).toBeNull();
    expect(appConsistencyProblem({ recoveryPointThresholdInMinutes: 15, recoveryPointHistoryInMinutes: 60, appConsistentFrequencyInMinutes: 61 })).toMatch(/cannot be longer/);
  });
});

describe('the failback policy (article: created with the forward policy, fixed values, not editable)', () => {
  it('is named after its forward policy and has 15 minutes / 24 hours / 60 minutes', () => {
    expect(failbackPolicyName('gold')).toBe('gold-failback');
    expect(failbackPolicyValues()).toEqual({ recoveryPointThresholdInMinutes: 15, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60 });
    expect(failbackPolicyValues()).toEqual(FAILBACK_POLICY_VALUES);
  });

  it('refuses edits and deletion of a failback policy only', () => {
    expect(policyChangeProblem('Failback', 'edit')).toMatch(/not editable/);
    expect(policyChangeProblem('Failback', 'delete')).toMatch(/removed together with its forward policy/);
    expect(policyChangeProblem('Forward', 'edit')).toBeNull();
    expect(policyChangeProblem('Forward', 'delete')).toBeNull();
  });

  it('labels values as the article does', () => {
    expect(minutesLabel(15)).toBe('15 minutes');
    expect(retentionLabel(1440)).toBe('24 hours');
    expect(retentionLabel(90)).toBe('90 minutes');
    expect(minutesLabel(60)).toBe('60 minutes');
  });
});
