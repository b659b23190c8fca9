import { Notice } from '@/components/shell/notice';
import type { Reason } from '@/lib/domain/reprotect/reasons';
import { SubjectLink } from './subject-link';

const INTENT = { error: 'error', warning: 'warning', info: 'info' } as const;

interface ReasonBarsProps {
  reasons: Reason[];
  title?: string;
  vaultName: string;
}

/** Reasons shown as message bars, each with a link to what it is about. */
export function ReasonBars({ reasons, title, vaultName }: ReasonBarsProps) {
  if (reasons.length === 0) return null;
  return (
    <div style={{ display: 'grid', gap: 8, minWidth: 0 }}>
      {reasons.map((reason, index) => (
        <Notice
          key={`${reason.code}-${index}`}
          intent={INTENT[reason.severity]}
          role={null}
          reasonCode={reason.code}
          title={title && index === 0 ? title : undefined}
        >
          {reason.message} <SubjectLink reason={reason} vaultName={vaultName} />
        </Notice>
      ))}
    </div>
  );
}
