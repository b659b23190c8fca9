'use client';

import { Caption1, Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { LocalTime } from '@/components/shell/local-time';
import { RECOVERY_POINT_LABELS } from '@/lib/domain/failover/evaluate';
import { RECOVERY_POINT_TYPES, type RecoveryPointChoiceType } from '@/lib/domain/failover/facts';
import type { planGroupPoints } from '@/lib/domain/failover/plan';

const DETAILS: Record<RecoveryPointChoiceType, string> = {
  LatestTime: 'Crash-consistent: each machine, in a replication group too, recovers to its own latest point. The lowest data loss.',
  LatestTag: 'Application-consistent: each machine recovers to its latest app-consistent point, and a replication group to the point its machines have in common.',
};

/** The plan's recovery point: one type for every machine. */
export function PlanRecoveryPointField({ value, onChange, disabled }: { value: RecoveryPointChoiceType; onChange(type: RecoveryPointChoiceType): void; disabled: boolean }) {
  return (
    <Field label="Recovery point" required hint="Each machine's point and the data it loses are in its row.">
      <RadioGroup value={value} onChange={(_, data) => onChange(data.value as RecoveryPointChoiceType)} disabled={disabled}>
        {RECOVERY_POINT_TYPES.map((type) => (
          <Radio
            key={type}
            value={type}
            label={{
              children: (
                <span style={{ display: 'grid', gap: 2 }}>
                  <Text weight="semibold">{RECOVERY_POINT_LABELS[type]}</Text>
                  <Caption1>{DETAILS[type]}</Caption1>
                </span>
              ),
            }}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** Each replication group of the plan with its common app-consistent point. */
export function PlanGroupPoints({ groups }: { groups: ReturnType<typeof planGroupPoints> }) {
  if (groups.length === 0) return null;
  return (
    <Field label="Replication groups">
      <ul aria-label="Replication group recovery points" style={{ margin: 0, paddingLeft: 20 }}>
        {groups.map((group) => (
          <li key={group.id}>
            <strong>{group.name}</strong> ({group.members.join(', ')}):{' '}
            {group.appConsistent ? (
              <>
                common app-consistent point <LocalTime iso={group.appConsistent.toISOString()} />
              </>
            ) : (
              'no app-consistent point common to all its machines yet'
            )}
          </li>
        ))}
      </ul>
    </Field>
  );
}
