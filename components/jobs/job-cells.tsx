'use client';

import { TableCellLayout, makeStyles, tokens } from '@fluentui/react-components';
import { StatusIcon } from '@/components/replicated-items/status-icon';
import { LocalTime } from '@/components/shell/local-time';
import { elapsedMs, formatDuration, jobStatusText } from '@/lib/domain/jobs/job-display';
import type { JobState } from '@/lib/domain/jobs/job-state';
import { jobStateTone } from '@/lib/domain/protection-status';

const useStyles = makeStyles({
  dash: { color: tokens.colorNeutralForeground3 },
  number: { fontVariantNumeric: 'tabular-nums' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/** The status glyph and words: "In progress (45%)", "Failed", … */
export function JobStatus({ state, progress }: { state: JobState; progress: number }) {
  return <TableCellLayout media={<StatusIcon tone={jobStateTone(state)} />}>{jobStatusText(state, progress)}</TableCellLayout>;
}

/** A time in the operator's zone, or a dash with words for screen readers. */
export function JobTime({ iso, missing }: { iso: string | null; missing: string }) {
  return iso ? <LocalTime iso={iso} /> : <Dash label={missing} />;
}

/**
 * hh:mm:ss from start to end, or to `now` while running (counts up each second).
 * `now` is null before hydration: a running duration waits for the browser's clock.
 */
export function JobDuration({ startTime, endTime, now }: { startTime: string | null; endTime: string | null; now: number | null }) {
  const styles = useStyles();
  if (!startTime) return <Dash label="Not started" />;
  if (!endTime && now === null) return <Dash label="Running" />;
  const elapsed = elapsedMs(startTime, endTime, now ?? 0);
  return <span className={styles.number}>{formatDuration(elapsed ?? 0)}</span>;
}

function Dash({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <span className={styles.dash} title={label}>
      <span aria-hidden>—</span>
      <span className={styles.visuallyHidden}>{label}</span>
    </span>
  );
}
