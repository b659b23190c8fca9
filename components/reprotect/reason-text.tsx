import { Caption1 } from '@fluentui/react-components';
import type { Reason } from '@/lib/domain/reprotect/reasons';

const COLOR: Record<Reason['severity'], string> = {
  error: 'var(--colorPaletteRedForeground1)',
  warning: 'var(--colorPaletteDarkOrangeForeground1)',
  info: 'var(--colorNeutralForeground2)',
};

/** A reason as a line of small text, coloured by how much it weighs. */
export function ReasonText({ reason }: { reason: Reason }) {
  return (
    <Caption1 block style={{ color: COLOR[reason.severity] }} data-reason-code={reason.code}>
      {reason.message}
    </Caption1>
  );
}
