import { Field, Text } from '@fluentui/react-components';
import type { FailbackPolicyFacts } from '@/lib/domain/reprotect/facts';

function hours(minutes: number) {
  return minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`;
}

interface PolicySummaryProps {
  policy: FailbackPolicyFacts | null;
  /** Another policy shown the same way (the forward policy of a reprotect to Azure). */
  label?: string;
  hint?: string;
}

/** The failback policy is picked automatically and cannot be changed here. */
export function FailbackPolicySummary({ policy, label = 'Failback policy', hint = 'Selected automatically; the failback policy is not editable.' }: PolicySummaryProps) {
  return (
    <Field label={label} hint={hint}>
      {policy ? (
        <dl className="vp-definition-list" aria-label={label}>
          <dt>Name</dt>
          <dd>{policy.friendlyName}</dd>
          <dt>RPO threshold</dt>
          <dd>{policy.recoveryPointThresholdInMinutes} minutes</dd>
          <dt>Recovery point retention</dt>
          <dd>{hours(policy.recoveryPointHistoryInMinutes)}</dd>
          <dt>App-consistent snapshot frequency</dt>
          <dd>{policy.appConsistentFrequencyInMinutes} minutes</dd>
        </dl>
      ) : (
        <Text>None</Text>
      )}
    </Field>
  );
}
