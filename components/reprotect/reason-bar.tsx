import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Reason } from '@/lib/domain/reprotect/reasons';
import { SubjectLink } from './subject-link';

const INTENT = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Reasons shown as message bars, each with a link to what it is about. */
export function ReasonBars({ reasons, title, vaultName }: { reasons: Reason[]; title?: string; vaultName: string }) {
  if (reasons.length === 0) return null;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {reasons.map((reason, index) => (
        <MessageBar key={`${reason.code}-${index}`} intent={INTENT[reason.severity]} layout="multiline" data-reason-code={reason.code}>
          <MessageBarBody>
            {title && index === 0 ? <MessageBarTitle>{title}</MessageBarTitle> : null}
            {reason.message} <SubjectLink reason={reason} vaultName={vaultName} />
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
