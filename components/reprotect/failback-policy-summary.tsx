import { Field, Text } from '@fluentui/react-components';
import type { FailbackPolicyFacts } from '@/lib/domain/reprotect/facts';
import { pluralize } from '@/lib/domain/plural';

function hours(minutes: number) {
  return minutes % 60 === 0 ? pluralize(minutes / 60, 'hour') : pluralize(minutes, 'minute');
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
          <dd>{pluralize(policy.recoveryPointThresholdInMinutes, 'minute')}</dd>
          <dt>Recovery point retention</dt>
          <dd>{hours(policy.recoveryPointHistoryInMinutes)}</dd>
          <dt>App-consistent snapshot frequency</dt>
          <dd>{pluralize(policy.appConsistentFrequencyInMinutes, 'minute')}</dd>
        </dl>
      ) : (
        <Text>None</Text>
      )}
    </Field>
  );
}
