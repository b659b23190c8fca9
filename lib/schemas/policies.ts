import { z } from 'zod';
import { appConsistencyProblem, FORWARD_POLICY_LIMITS, type PolicyValues } from '../domain/policies/policy-rules';
import { groupDigits } from '../domain/display-format';

type LimitedField = keyof typeof FORWARD_POLICY_LIMITS;

function minutesField(field: LimitedField, label: string) {
  const { min, max } = FORWARD_POLICY_LIMITS[field];
  const range = `${label} must be between ${groupDigits(min)} and ${groupDigits(max)} minutes.`;
  return z
    .number({ error: `Enter the ${label.toLowerCase()} in minutes.` })
    .int({ error: `${label} must be a whole number of minutes.` })
    .min(min, { error: range })
    .max(max, { error: range });
}

const valueFields = {
  recoveryPointThresholdInMinutes: minutesField('recoveryPointThresholdInMinutes', 'RPO threshold'),
  recoveryPointHistoryInMinutes: minutesField('recoveryPointHistoryInMinutes', 'Recovery point retention'),
  appConsistentFrequencyInMinutes: minutesField('appConsistentFrequencyInMinutes', 'App-consistent snapshot frequency'),
};

function checkAppConsistency(values: PolicyValues, ctx: z.RefinementCtx) {
  const problem = appConsistencyProblem(values);
  if (problem) ctx.addIssue({ code: 'custom', path: ['appConsistentFrequencyInMinutes'], message: problem });
}

/** The Create policy blade, in the browser and on the server. */
export const forwardPolicyInputSchema = z
  .object({
    friendlyName: z
      .string({ error: 'Enter a name.' })
      .trim()
      .min(1, { error: 'Enter a name.' })
      .max(60, { error: 'A policy name has at most 60 characters.' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
        error: 'Use letters, digits, hyphens, underscores and dots, starting with a letter or digit.',
      }),
    ...valueFields,
    multiVmSyncStatus: z.boolean({ error: 'Choose whether multi-VM consistency is on.' }),
  })
  .superRefine(checkAppConsistency);

export type ForwardPolicyInput = z.infer<typeof forwardPolicyInputSchema>;

/** PATCH of a forward policy: any of its values; the result is checked as a whole. */
export const policyPatchSchema = z
  .object({
    recoveryPointThresholdInMinutes: valueFields.recoveryPointThresholdInMinutes.optional(),
    recoveryPointHistoryInMinutes: valueFields.recoveryPointHistoryInMinutes.optional(),
    appConsistentFrequencyInMinutes: valueFields.appConsistentFrequencyInMinutes.optional(),
    multiVmSyncStatus: z.boolean().optional(),
  })
  .strict();

export type PolicyPatch = z.infer<typeof policyPatchSchema>;

/** The merged values of an edited policy obey the same cross-field rule as a new one. */
export const policyValuesSchema = z.object(valueFields).superRefine(checkAppConsistency);

/** The Edit settings blade of a forward policy, in the browser and on the server: every value at once. */
export const policySettingsSchema = z
  .object({ ...valueFields, multiVmSyncStatus: z.boolean({ error: 'Choose whether multi-VM consistency is on.' }) })
  .superRefine(checkAppConsistency);

export type PolicySettings = z.infer<typeof policySettingsSchema>;

export interface PolicyRow {
  id: string;
  friendlyName: string;
  direction: 'Forward' | 'Failback';
  recoveryPointThresholdInMinutes: number;
  recoveryPointHistoryInMinutes: number;
  appConsistentFrequencyInMinutes: number;
  multiVmSyncStatus: boolean;
  configurationServer: { id: string; friendlyName: string };
  /** On a failback policy: the forward policy it was created with. */
  forwardPolicy: { id: string; friendlyName: string } | null;
  /** On a forward policy: its failback policy. */
  failbackPolicy: { id: string; friendlyName: string } | null;
  /** Replicated items using this policy (forward, or failback once reprotected). */
  itemCount: number;
  createdAt: string;
}
