'use client';

import { StatusIcon } from '@/components/replicated-items/status-icon';
import type { StatusTone } from '@/lib/domain/protection-status';

/** A coloured glyph and its word, as the portal writes a health or check result. */
export function StatusLabel({ tone, children }: { tone: StatusTone; children: React.ReactNode }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <StatusIcon tone={tone} />
      <span>{children}</span>
    </span>
  );
}
