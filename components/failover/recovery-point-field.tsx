'use client';

import { Caption1, Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { ReasonText } from '@/components/reprotect/reason-text';
import { LocalTime } from '@/components/shell/local-time';
import { dataLossLabel, type RecoveryPointChoice } from '@/lib/domain/failover/evaluate';
import type { RecoveryPointChoiceType } from '@/lib/domain/failover/facts';

interface RecoveryPointFieldProps {
  choices: RecoveryPointChoice[];
  value: RecoveryPointChoiceType | undefined;
  onChange(type: RecoveryPointChoiceType): void;
  disabled?: boolean;
  error?: string;
  hint?: string;
}

/** The failover's recovery point: each choice with its time and the data it loses against the latest point. */
export function RecoveryPointField({ choices, value, onChange, disabled, error, hint }: RecoveryPointFieldProps) {
  return (
    <Field label="Recovery point" required validationState={error ? 'error' : 'none'} validationMessage={error} hint={hint}>
      <RadioGroup value={value ?? ''} onChange={(_, data) => onChange(data.value as RecoveryPointChoiceType)} disabled={disabled}>
        {choices.map((choice) => (
          <Radio
            key={choice.type}
            value={choice.type}
            disabled={!choice.available}
            label={{
              children: (
                <span style={{ display: 'grid', gap: 2 }} data-recovery-point={choice.type}>
                  <Text weight="semibold">{choice.label}</Text>
                  <Caption1>
                    {choice.time ? <LocalTime iso={choice.time.toISOString()} /> : 'No point yet'} · {dataLossLabel(choice.dataLossMs)}
                  </Caption1>
                  <Caption1>{choice.detail}</Caption1>
                  {choice.reason ? <ReasonText reason={choice.reason} /> : null}
                </span>
              ),
            }}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
