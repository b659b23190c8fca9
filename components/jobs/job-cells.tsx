import { CellLayout } from '@/components/lists/cell-layout';
import { DashText } from '@/components/lists/dash-text';
import styles from '@/components/lists/lists.module.css';
import { StatusIcon } from '@/components/replicated-items/status-icon';
import { LocalTime } from '@/components/shell/local-time';
import { elapsedMs, formatDuration, jobStatusText } from '@/lib/domain/jobs/job-display';
import type { JobState } from '@/lib/domain/jobs/job-state';
import { jobStateTone } from '@/lib/domain/protection-status';

/** The status glyph and words: "In progress (45%)", "Failed", … */
export function JobStatus({ state, progress }: { state: JobState; progress: number }) {
  return <CellLayout media={<StatusIcon tone={jobStateTone(state)} />}>{jobStatusText(state, progress)}</CellLayout>;
}

/** A time in the operator's zone, or a dash with words for screen readers. */
export function JobTime({ iso, missing }: { iso: string | null; missing: string }) {
  return iso ? <LocalTime iso={iso} /> : <DashText label={missing} />;
}

/**
 * hh:mm:ss from start to end, or to `now` while running (counts up each second).
 * `now` is null before hydration: a running duration waits for the browser's clock.
 */
export function JobDuration({ startTime, endTime, now }: { startTime: string | null; endTime: string | null; now: number | null }) {
  if (!startTime) return <DashText label="Not started" />;
  if (!endTime && now === null) return <DashText label="Running" />;
  const elapsed = elapsedMs(startTime, endTime, now ?? 0);
  return <span className={styles.number}>{formatDuration(elapsed ?? 0)}</span>;
}
