'use client';

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircle16Filled,
  Circle16Regular,
  ErrorCircle16Filled,
  Info16Filled,
  Warning16Filled,
} from '@fluentui/react-icons';
import type { StatusTone } from '@/lib/domain/protection-status';

const useStyles = makeStyles({
  icon: { flexShrink: 0, verticalAlign: 'middle' },
  success: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  danger: { color: tokens.colorPaletteRedForeground1 },
  informative: { color: tokens.colorBrandForeground1 },
  neutral: { color: tokens.colorNeutralForeground3 },
});

const ICONS = {
  success: CheckmarkCircle16Filled,
  warning: Warning16Filled,
  danger: ErrorCircle16Filled,
  informative: Info16Filled,
  neutral: Circle16Regular,
} as const;

/** The coloured glyph the portal puts in front of a health or status word. */
export function StatusIcon({ tone, className }: { tone: StatusTone; className?: string }) {
  const styles = useStyles();
  const Icon = ICONS[tone];
  return <Icon aria-hidden className={mergeClasses(styles.icon, styles[tone], className)} />;
}
