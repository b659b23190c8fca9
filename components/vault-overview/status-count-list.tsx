import { IntentLink } from '@/components/shell/intent-link';
import { StatusIcon } from '@/components/replicated-items/status-icon';
import type { StatusTone } from '@/lib/domain/protection-status';
import styles from './overview.module.css';

export interface StatusCount {
  key: string;
  label: string;
  count: number;
  tone: StatusTone;
  /** When set, the row links to the list of these items. */
  href?: string;
}

const TONE_COLORS: Record<StatusTone, string> = {
  success: 'var(--colorPaletteGreenBackground3)',
  warning: 'var(--colorPaletteDarkOrangeBackground3)',
  danger: 'var(--colorPaletteRedBackground3)',
  informative: 'var(--colorBrandBackground)',
  neutral: 'var(--colorNeutralStroke1)',
};

interface StatusCountListProps {
  counts: StatusCount[];
  /** What the counts are parts of; what they do not cover stays as the bar's empty track. */
  total: number;
  /** Names the bar for tests and tooling; screen readers read the counts below it instead. */
  label?: string;
}

/** Counts per status with a bar drawn to scale, like the health tiles of the portal. */
export function StatusCountList({ counts, total, label }: StatusCountListProps) {
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
      <ul className={styles.countList}>
        {counts.map((entry) => {
          const content = (
            <>
              <StatusIcon tone={entry.tone} />
              <span className={styles.countLabel}>{entry.label}</span>
              <span className={entry.href ? `${styles.count} ${styles.linkCount}` : styles.count}>{entry.count}</span>
            </>
          );
          return (
            <li key={entry.key}>
              {entry.href ? (
                <IntentLink href={entry.href} className={styles.countRow}>
                  {content}
                </IntentLink>
              ) : (
                <div className={styles.countRow}>{content}</div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
