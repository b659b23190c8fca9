import { FAILBACK_POLICY_VALUES } from '../reprotect/constants';
import { pluralize } from '../plural';

export type PolicyDirection = 'Forward' | 'Failback';

export interface PolicyValues {
  recoveryPointThresholdInMinutes: number;
  recoveryPointHistoryInMinutes: number;
  appConsistentFrequencyInMinutes: number;
}

/**
 * Ranges of a forward (VMware to Azure) replication policy, in minutes.
 * RPO threshold 15–240, retention 0–21,600 (15 days) and app-consistent frequency
 * 0–720 (12 hours) are the ranges the Terraform azurerm provider validates for
 * this policy type. Unconfirmed for this portal generation: the 2016 portal
 * allowed only 72 hours of retention, and the rule that the app-consistent
 * frequency may not exceed the retention window is the portal's own check.
 */
export const FORWARD_POLICY_LIMITS = {
  recoveryPointThresholdInMinutes: { min: 15, max: 240 },
  recoveryPointHistoryInMinutes: { min: 0, max: 21_600 },
  appConsistentFrequencyInMinutes: { min: 0, max: 720 },
} as const;

export const FAILBACK_POLICY_SUFFIX = '-failback';

/** The failback policy is named after its forward policy, as the service does. */
export function failbackPolicyName(forwardPolicyName: string): string {
  return `${forwardPolicyName}${FAILBACK_POLICY_SUFFIX}`;
}

/** The values a failback policy is created with; it has no others. */
export function failbackPolicyValues(): PolicyValues {
  return { ...FAILBACK_POLICY_VALUES };
}

export const FAILBACK_READ_ONLY_MESSAGE =
  'The failback policy is not editable: it is created automatically with its forward policy, associated with the configuration server, and keeps fixed values (RPO threshold 15 minutes, recovery point retention 24 hours, app-consistent snapshot frequency 60 minutes).';

export const FAILBACK_DELETE_MESSAGE =
  'The failback policy cannot be deleted on its own: it is removed together with its forward policy.';

/** Why this change to a policy is refused (null when it is allowed). */
export function policyChangeProblem(direction: PolicyDirection, change: 'edit' | 'delete'): string | null {
  if (direction !== 'Failback') return null;
  return change === 'edit' ? FAILBACK_READ_ONLY_MESSAGE : FAILBACK_DELETE_MESSAGE;
}

/** Why a forward policy's values do not fit together (null when they do). */
export function appConsistencyProblem(values: PolicyValues): string | null {
  return values.appConsistentFrequencyInMinutes > values.recoveryPointHistoryInMinutes
    ? 'The app-consistent snapshot frequency cannot be longer than the recovery point retention.'
    : null;
}

export function minutesLabel(minutes: number): string {
  return pluralize(minutes, 'minute');
}

/** A retention window as the portal shows it: whole hours in hours. */
export function retentionLabel(minutes: number): string {
  if (minutes === 0 || minutes % 60 !== 0) return minutesLabel(minutes);
  const hours = minutes / 60;
  return pluralize(hours, 'hour');
}
