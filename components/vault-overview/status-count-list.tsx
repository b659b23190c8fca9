'use client';

import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import Link from 'next/link';
import { StatusIcon } from '@/components/replicated-items/status-icon';
import type { StatusTone } from '@/lib/domain/protection-status';

export interface StatusCount {
  key: string;
  label: string;
  count: number;
  tone: StatusTone;
  /** When set, the row links to the list of these items. */
  href?: string;
}

const TONE_COLORS: Record<StatusTone, string> = {
  success: tokens.colorPaletteGreenBackground3,
  warning: tokens.colorPaletteDarkOrangeBackground3,
  danger: tokens.colorPaletteRedBackground3,
  informative: tokens.colorBrandBackground,
  neutral: tokens.colorNeutralStroke1,
};

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    height: '8px',
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  row: {
    ...typographyStyles.body1,
    display: 'flex',
    alignItems: 'center',
    gap: '8px',
    minHeight: '28px',
    paddingInline: '4px',
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    borderRadius: tokens.borderRadiusMedium,
  },
  link: {
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  label: { flexGrow: 1 },
  count: { ...typographyStyles.body1Strong, fontVariantNumeric: 'tabular-nums' },
  linkCount: { color: tokens.colorBrandForegroundLink },
});

interface StatusCountListProps {
  counts: StatusCount[];
  /** What the counts are parts of; what they do not cover stays as the bar's empty track. */
  total: number;
  /** Names the bar for tests and tooling; screen readers read the counts below it instead. */
  label?: string;
}

/** Counts per status with a bar drawn to scale, like the health tiles of the portal. */
export function StatusCountList({ counts, total, label }: StatusCountListProps) {
  const styles = useStyles();
  const whole = Math.max(total, counts.reduce((sum, entry) => sum + entry.count, 0));
  return (
    <>
      <div className={styles.bar} aria-hidden data-bar={label}>
        {whole > 0 &&
          counts
            .filter((entry) => entry.count > 0)
            .map((entry) => (
              <span
                key={entry.key}
                data-segment={entry.key}
                style={{ width: `${(entry.count / whole) * 100}%`, backgroundColor: TONE_COLORS[entry.tone] }}
              />
            ))}
      </div>
      <ul className={styles.list}>
        {counts.map((entry) => {
          const content = (
            <>
              <StatusIcon tone={entry.tone} />
              <span className={styles.label}>{entry.label}</span>
              <span className={mergeClasses(styles.count, entry.href && styles.linkCount)}>{entry.count}</span>
            </>
          );
          return (
            <li key={entry.key}>
              {entry.href ? (
                <Link href={entry.href} className={mergeClasses(styles.row, styles.link)}>
                  {content}
                </Link>
              ) : (
                <div className={styles.row}>{content}</div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
