'use client';

import type { Control, FieldPath } from 'react-hook-form';
import { NumberField, SwitchField } from '@/components/lab/form-fields';
import { FORWARD_POLICY_LIMITS, retentionLabel } from '@/lib/domain/policies/policy-rules';
import type { PolicySettings } from '@/lib/schemas/policies';
import { groupDigits } from '@/lib/domain/display-format';

const range = (field: keyof typeof FORWARD_POLICY_LIMITS) => {
  const { min, max } = FORWARD_POLICY_LIMITS[field];
  return `${groupDigits(min)} to ${groupDigits(max)} minutes (${retentionLabel(max)} at most)`;
};

/** A forward policy's settings, as the Create policy and Edit settings blades ask for them. */
export function PolicyValueFields<T extends PolicySettings>({ control }: { control: Control<T> }) {
  const name = (field: keyof PolicySettings) => field as FieldPath<T>;
  return (
    <>
      <NumberField control={control} name={name('recoveryPointThresholdInMinutes')} label="RPO threshold" unit="min" required hint={range('recoveryPointThresholdInMinutes')} />
      <NumberField control={control} name={name('recoveryPointHistoryInMinutes')} label="Recovery point retention" unit="min" required hint={range('recoveryPointHistoryInMinutes')} />
      <NumberField
        control={control}
        name={name('appConsistentFrequencyInMinutes')}
        label="App-consistent snapshot frequency"
        unit="min"
        required
        hint={`${range('appConsistentFrequencyInMinutes')}, not longer than the retention`}
      />
      <SwitchField control={control} name={name('multiVmSyncStatus')} label="Multi-VM consistency" />
    </>
  );
}
