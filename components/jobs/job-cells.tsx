import { CellLayout } from '@/components/lists/cell-layout';
import { DashText } from '@/components/lists/dash-text';
import styles from '@/components/lists/lists.module.css';
import { StatusIcon } from '@/components/replicated-items/status-icon';
import { LocalTime } from '@/components/shell/local-time';
import { elapsedMs, formatDuration, jobStatusText } from '@/lib/domain/jobs/job-display';
import type { JobState } from '@/lib/domain/jobs/job-state';
import { jobStateTone } from '@/lib/domain/protection-status';
import { RunningDuration } from './running-duration';

/** The status glyph and words: "In progress (45%)", "Failed", … */
export function JobStatus({ state, progress }: { state: JobState; progress: number }) {
  return <CellLayout media={<StatusIcon tone={jobStateTone(state)} />}>{jobStatusText(state, progress)}</CellLayout>;
}

/** A time in the operator's zone, or a dash with words for screen readers. */
export function JobTime({ iso, missing }: { iso: string | null; missing: string }) {
  return iso ? <LocalTime iso={iso} /> : <DashText label={missing} />;
}

/**
 * hh:mm:ss from start to end; while there is no end, counting up each second when `live` (a job
 * or task that runs), else a dash (a task an earlier attempt left unfinished).
 */
export function JobDuration({ startTime, endTime, live = true }: { startTime: string | null; endTime: string | null; live?: boolean }) {
  if (!startTime) return <DashText label="Not started" />;
  if (!endTime) return live ? <RunningDuration startTime={startTime} /> : <DashText label="Running" />;
  return <span className={styles.number}>{formatDuration(elapsedMs(startTime, endTime, 0) ?? 0)}</span>;
}
