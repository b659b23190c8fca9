import type { ReactNode } from 'react';
import { StatusLabel } from './status-label';

/** Usable or not, in the words of the column ("Eligible" / "Not eligible"). */
export function RuleVerdict({ passes, labels }: { passes: boolean; labels: [yes: string, no: string] }) {
  return <StatusLabel tone={passes ? 'success' : 'danger'}>{passes ? labels[0] : labels[1]}</StatusLabel>;
}

/** The rules an entry breaks, each with the blade's own words, and where to fix it when it can be fixed; a dash when none. */
export function BrokenRules({ reasons, fix }: { reasons: { code: string; message: string }[]; fix?: ReactNode }) {
  if (reasons.length === 0) return '—';
  return (
    <span style={{ display: 'grid', gap: 4 }}>
      {reasons.map((reason) => (
        <span key={reason.code} data-reason-code={reason.code}>
          {reason.message}
        </span>
      ))}
      {fix}
    </span>
  );
}
