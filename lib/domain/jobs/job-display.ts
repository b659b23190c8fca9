import { jobStateLabel } from '../protection-status';
import { allowedActions, cancelWindow, isTerminal, type JobAction, type JobState } from './job-state';
import { REPROTECT_JOB_NAME, REPROTECT_SCENARIO } from './reprotect-steps';
import { PLAN_REPROTECT_SCENARIO } from '../reprotect/plan-job';
import { COMMIT_JOB_NAME, COMMIT_SCENARIO } from './commit-steps';
import { FAILOVER_JOB_NAME, FAILOVER_SCENARIO } from './failover-steps';
import { PLAN_COMMIT_SCENARIO, PLAN_FAILOVER_SCENARIO } from './plan-jobs';

// How the Jobs view names, filters and times jobs. The grid, the job blade, the CSV
// export and the overview tile all word a job the same way through these functions.

/** Job types the vault runs, by the service's scenarioName, with the portal's wording. */
export const JOB_TYPES = [
  { scenario: REPROTECT_SCENARIO, label: REPROTECT_JOB_NAME },
  { scenario: PLAN_REPROTECT_SCENARIO, label: 'Reprotect recovery plan' },
  { scenario: FAILOVER_SCENARIO, label: FAILOVER_JOB_NAME },
  { scenario: PLAN_FAILOVER_SCENARIO, label: 'Failover recovery plan' },
  { scenario: COMMIT_SCENARIO, label: COMMIT_JOB_NAME },
  { scenario: PLAN_COMMIT_SCENARIO, label: 'Commit recovery plan' },
  { scenario: 'EnableDr', label: 'Enable replication' },
] as const;

export type JobTypeScenario = (typeof JOB_TYPES)[number]['scenario'];
export const JOB_TYPE_SCENARIOS = JOB_TYPES.map((type) => type.scenario) as [JobTypeScenario, ...JobTypeScenario[]];

/** A scenario the portal does not know by name keeps the service's own word. */
export function jobTypeLabel(scenarioName: string): string {
  return JOB_TYPES.find((type) => type.scenario === scenarioName)?.label ?? scenarioName;
}

export const JOB_TIME_RANGES = ['1h', '24h', '7d', '30d', 'all'] as const;
export type JobTimeRange = (typeof JOB_TIME_RANGES)[number];

const HOUR_MS = 3_600_000;
const RANGE_MS: Record<Exclude<JobTimeRange, 'all'>, number> = {
  '1h': HOUR_MS,
  '24h': 24 * HOUR_MS,
  '7d': 7 * 24 * HOUR_MS,
  '30d': 30 * 24 * HOUR_MS,
};

const RANGE_LABELS: Record<JobTimeRange, string> = {
  '1h': 'Last 1 hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  all: 'All',
};

export function jobTimeRangeLabel(range: JobTimeRange): string {
  return RANGE_LABELS[range];
}

/** The earliest creation time a range shows; null when the range is unbounded. */
export function jobTimeRangeStart(range: JobTimeRange, now: Date): Date | null {
  return range === 'all' ? null : new Date(now.getTime() - RANGE_MS[range]);
}

/** "In progress (45%)" while a job runs; otherwise the state's label alone. */
export function jobStatusText(state: JobState, progress: number): string {
  return state === 'InProgress' ? `${jobStateLabel(state)} (${progress}%)` : jobStateLabel(state);
}

/**
 * How long a job (or task) has run: to its end, or to `nowMs` while it still runs.
 * Null when it has not started. A clock slightly behind the server's never shows a
 * negative time.
 */
export function elapsedMs(startTime: string | null, endTime: string | null, nowMs: number): number | null {
  if (!startTime) return null;
  const end = endTime ? Date.parse(endTime) : nowMs;
  return Math.max(0, end - Date.parse(startTime));
}

/** The portal's duration format, hh:mm:ss; hours keep counting past a day. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return [hours, minutes, seconds].map((part) => String(part).padStart(2, '0')).join(':');
}

/** Whether a list with these jobs changes by itself, so a view showing it should keep polling. */
export function anyJobRunning(states: readonly JobState[]): boolean {
  return states.some((state) => !isTerminal(state));
}

/** How often a view of a running job asks again: about as often as its progress moves. */
export const RUNNING_JOB_POLL_MS = 1_000;
/** How often the Jobs list asks again when nothing on it runs: new jobs still appear by themselves. */
export const IDLE_JOBS_POLL_MS = 5_000;

/** The Jobs list's next poll: quick while a job it shows runs, slower while it only waits for new jobs. */
export function jobsListPollMs(states: readonly JobState[]): number {
  return anyJobRunning(states) ? RUNNING_JOB_POLL_MS : IDLE_JOBS_POLL_MS;
}

/** "1 machine", "5 machines": what a recovery plan's job follows. */
export function machineCountText(count: number): string {
  return count === 1 ? '1 machine' : `${count} machines`;
}

const STATE_PHRASES: Record<JobState, string> = {
  NotStarted: 'has not started',
  InProgress: 'is in progress',
  Succeeded: 'has succeeded',
  Failed: 'has failed',
  Cancelled: 'was cancelled',
  Suspended: 'is waiting for input',
};

/**
 * Why Cancel or Restart is not offered, in words for the disabled button's tooltip;
 * null when the action is allowed.
 */
export function jobActionUnavailableReason(
  action: Extract<JobAction, 'Cancel' | 'Restart'>,
  state: JobState,
  cancelRequested: boolean,
  scenarioName?: string,
): string | null {
  if (allowedActions(state, { cancelRequested, scenarioName }).includes(action)) return null;
  if (action === 'Cancel') {
    if (cancelRequested && !isTerminal(state)) return 'Cancellation has been requested; the job stops at the end of its current task.';
    if (!isTerminal(state) && cancelWindow(scenarioName) === 'never') return `A ${jobTypeLabel(scenarioName ?? '').toLowerCase()} job cannot be cancelled.`;
    if (state === 'InProgress' && cancelWindow(scenarioName) === 'beforeStart') {
      return 'A failover can be cancelled only while it waits to start: once it runs, the Azure VM may already be shut down.';
    }
    return `Only a job that has not finished can be cancelled. This job ${STATE_PHRASES[state]}.`;
  }
  return `Only a failed job can be restarted. This job ${STATE_PHRASES[state]}.`;
}
