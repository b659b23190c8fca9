import { aggregateProgress, type JobState } from './job-state';

// Attempts of a job. Restart does not make a new job: it starts the job's next attempt,
// which resumes at the task that failed. The job reports its current attempt (state,
// times, tasks, errors); each earlier attempt is kept as it ended. This is apart from a
// runner's claims of one attempt (a runner that dies mid-way is replaced; the attempt
// goes on), which no operator asked for and which are not attempts.

export const JOB_STARTERS = ['Portal', 'Runner'] as const;
/** Through what an attempt was started: an operator's action in the portal, or the job engine itself. */
export type JobStarter = (typeof JOB_STARTERS)[number];

/** Who starts an attempt: how, and the signed-in user when the portal knows one. */
export interface AttemptStarter {
  via: JobStarter;
  user: string | null;
}

/** An operator's action in the portal while the portal has no sign-in: no user to name. */
export const PORTAL_STARTER: AttemptStarter = { via: 'Portal', user: null };

const STARTER_LABELS: Record<JobStarter, string> = { Portal: 'Portal', Runner: 'Job runner' };

export function jobStarterLabel(via: JobStarter): string {
  return STARTER_LABELS[via];
}

/** The user who started an attempt, or a dash while the portal does not know its users. */
export function attemptUserLabel(user: string | null): string {
  return user ?? '—';
}

/** Who started an attempt, as the job blade says it: "— via Portal" while the user is not known. */
export function attemptStarterText(starter: { startedBy: string | null; startedVia: JobStarter }): string {
  return `${attemptUserLabel(starter.startedBy)} via ${jobStarterLabel(starter.startedVia)}`;
}

/** Which attempt, as the blade's essentials say it: "2 of 3"; a job never restarted is on "1". */
export function attemptNumberText(number: number, count: number): string {
  return count > 1 ? `${number} of ${count}` : String(number);
}

export interface RestartableTask {
  order: number;
  state: JobState;
  progress: number;
  ranInAttempt: number;
}

/**
 * The tasks of the next attempt: those that succeeded are kept with their results (and
 * the attempt that ran them) and do not run again; from the first one that did not
 * succeed on, every task is queued afresh for the new attempt. Also the job's progress
 * as the new attempt starts.
 */
export function tasksForNextAttempt<T extends RestartableTask>(tasks: readonly T[], nextAttempt: number) {
  const ordered = tasks.toSorted((a, b) => a.order - b.order);
  // Past the last task when every task succeeded (the job failed after its last step).
  const resumeAt = ordered.find((task) => task.state !== 'Succeeded')?.order ?? (ordered.at(-1)?.order ?? -1) + 1;
  const next = ordered.map((task) =>
    task.order >= resumeAt ? { ...task, state: 'NotStarted' as const, progress: 0, ranInAttempt: nextAttempt } : task,
  );
  return { resumeAt, tasks: next, progress: aggregateProgress(next) };
}
