'use client';

import {
  CheckmarkCircle16Filled,
  Circle16Regular,
  ErrorCircle16Filled,
  Info16Filled,
  Warning16Filled,
} from '@fluentui/react-icons';
import styles from '@/components/lists/lists.module.css';
import type { StatusTone } from '@/lib/domain/protection-status';

const ICONS = {
  success: CheckmarkCircle16Filled,
  warning: Warning16Filled,
  danger: ErrorCircle16Filled,
  informative: Info16Filled,
  neutral: Circle16Regular,
} as const;

/** The coloured glyph the portal puts in front of a health or status word. */
export function StatusIcon({ tone, className }: { tone: StatusTone; className?: string }) {
  const Icon = ICONS[tone];
  return <Icon aria-hidden className={[styles.statusIcon, styles[tone], className].filter(Boolean).join(' ')} />;
}
