import type { ReprotectStepName } from './reprotect-steps';

// The life of a job as the service reports it (JobProperties.state) and what an
// operator may do with it (allowedActions). Kept as data and pure functions so the
// runner, the actions and the Jobs view agree on one set of rules.

export const JOB_STATES = ['NotStarted', 'InProgress', 'Succeeded', 'Failed', 'Cancelled', 'Suspended'] as const;
export type JobState = (typeof JOB_STATES)[number];

export type JobAction = 'Cancel' | 'Restart' | 'Resume';

/** States in which a job still holds its item (the partial unique index says the same). */
export const ACTIVE_JOB_STATES = ['NotStarted', 'InProgress'] as const satisfies readonly JobState[];

/**
 * Finished: nothing more happens unless an operator acts. A Failed job is terminal
 * although it can be restarted: the restart is a new transition, not a continuation.
 */
export function isTerminal(state: JobState): boolean {
  return state === 'Succeeded' || state === 'Failed' || state === 'Cancelled';
}

export function isActive(state: JobState): boolean {
  return (ACTIVE_JOB_STATES as readonly JobState[]).includes(state);
}

/**
 * How long a kind of job can be cancelled: until it finishes, only while it waits in
 * the queue (a failover: once it runs the Azure VM may already be shut down), or never
 * (a commit deletes what it removes at once).
 */
export type CancelWindow = 'untilFinished' | 'beforeStart' | 'never';

const CANCEL_WINDOWS: Record<string, CancelWindow> = {
  UnplannedFailover: 'beforeStart',
  CommitFailover: 'never',
  RecoveryPlanUnplannedFailover: 'never',
  RecoveryPlanCommitFailover: 'never',
};

export function cancelWindow(scenarioName: string | undefined): CancelWindow {
  return (scenarioName && CANCEL_WINDOWS[scenarioName]) || 'untilFinished';
}

/**
 * The service's allowedActions: a running or queued job can be cancelled once (after
 * that the cancel is pending and the button goes away) while its kind allows it, a
 * suspended one waits for Resume, a failed one can be restarted, a finished one offers nothing.
 */
export function allowedActions(state: JobState, options: { cancelRequested: boolean; scenarioName?: string }): JobAction[] {
  const window = cancelWindow(options.scenarioName);
  switch (state) {
    case 'NotStarted':
      return options.cancelRequested || window === 'never' ? [] : ['Cancel'];
    case 'InProgress':
      return options.cancelRequested || window !== 'untilFinished' ? [] : ['Cancel'];
    case 'Suspended':
      return options.cancelRequested ? ['Resume'] : ['Cancel', 'Resume'];
    case 'Failed':
      return ['Restart'];
    case 'Succeeded':
    case 'Cancelled':
      return [];
  }
}

const TRANSITIONS: Record<JobState, readonly JobState[]> = {
  // A queued job can also fail before any step runs (e.g. no handler for it).
  NotStarted: ['InProgress', 'Cancelled', 'Failed'],
  InProgress: ['Succeeded', 'Failed', 'Cancelled', 'Suspended'],
  Suspended: ['InProgress', 'Cancelled'],
  // Restart queues the job again; it resumes at the failed task.
  Failed: ['NotStarted'],
  Succeeded: [],
  Cancelled: [],
};

/** A runner re-claiming an InProgress job after a crash keeps its state: that is not a transition. */
export function canTransition(from: JobState, to: JobState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Job progress from its tasks: finished tasks count whole, the running one by its own progress. */
export function aggregateProgress(tasks: readonly { state: JobState; progress: number }[]): number {
  if (tasks.length === 0) return 0;
  const done = tasks.reduce((sum, task) => sum + (task.state === 'Succeeded' ? 100 : clampPercent(task.progress)), 0);
  return Math.floor(done / tasks.length);
}

export function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

// ---- Timing ---------------------------------------------------------------------

/**
 * How fast simulated work runs. 'realistic' is for the demo (a reprotect takes a few
 * minutes, with visible progress), 'fast' for browser tests (a few seconds in all),
 * 'instant' for integration tests (no waiting at all).
 */
export const JOB_SPEEDS = ['realistic', 'fast', 'instant'] as const;
export type JobSpeed = (typeof JOB_SPEEDS)[number];

export const DEFAULT_JOB_SPEED: JobSpeed = 'realistic';

/**
 * Reads VAULT_JOB_SPEED. An unset or unknown value gives the default rather than an
 * error: the setting only changes timings, and a typo must not stop the server.
 */
export function parseJobSpeed(value: string | undefined | null): JobSpeed {
  const normalised = value?.trim().toLowerCase();
  return (JOB_SPEEDS as readonly string[]).includes(normalised ?? '') ? (normalised as JobSpeed) : DEFAULT_JOB_SPEED;
}

// Realistic: about 3.7 minutes in all. Disk synchronisation dominates, as it does in
// the real service, where it copies every changed block back on-premises.
const REALISTIC_MS: Record<ReprotectStepName, number> = {
  PrerequisitesCheck: 10_000,
  PrepareMasterTarget: 30_000,
  PrepareTargetDisks: 25_000,
  StartReverseReplication: 20_000,
  SynchronizeDisks: 120_000,
  FinalizeProtection: 15_000,
};

// Fast: the same shape compressed to about 3.7 s.
const FAST_MS: Record<ReprotectStepName, number> = {
  PrerequisitesCheck: 200,
  PrepareMasterTarget: 500,
  PrepareTargetDisks: 400,
  StartReverseReplication: 400,
  SynchronizeDisks: 1_900,
  FinalizeProtection: 300,
};

/** A step's simulated duration at each speed; instant is always 0. */
export interface StepTiming {
  realisticMs: number;
  fastMs: number;
}

export function timedStepMs(timing: StepTiming, speed: JobSpeed): number {
  return speed === 'realistic' ? timing.realisticMs : speed === 'fast' ? timing.fastMs : 0;
}

export function stepDurationMs(step: ReprotectStepName, speed: JobSpeed): number {
  switch (speed) {
    case 'realistic':
      return REALISTIC_MS[step];
    case 'fast':
      return FAST_MS[step];
    case 'instant':
      return 0;
  }
}

/** How many progress updates a long step reports over its duration. */
export function progressIncrements(speed: JobSpeed): number {
  return speed === 'realistic' ? 20 : 5;
}
