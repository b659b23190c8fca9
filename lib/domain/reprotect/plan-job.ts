import { aggregateProgress, isTerminal, type JobState } from '../jobs/job-state';

// The job of a recovery plan's reprotect: one parent job for the plan, and a normal
// Reprotect job per machine under it, which the parent waits for and sums up.

export const PLAN_REPROTECT_SCENARIO = 'RecoveryPlanReverseReplication';
export const PLAN_REPROTECT_JOB_NAME = 'Reprotect';

export const PLAN_REPROTECT_STEPS = [{ name: 'ReprotectMachines', friendlyName: 'Reprotect the machines of the recovery plan' }] as const;

export interface ChildJobSnapshot {
  state: JobState;
  progress: number;
  targetObjectName: string;
}

export interface PlanJobOutcome {
  /** Every machine's job has ended. */
  finished: boolean;
  /** The children's aggregate: a failed machine keeps its own share, so it never hides the others'. */
  progress: number;
  failed: string[];
  cancelled: string[];
  succeeded: string[];
  /** The plan job's stateDescription once finished. */
  stateDescription: 'Completed' | 'PartiallySucceeded' | 'Failed';
}

/** Where a plan's reprotect stands, from its machines' jobs. */
export function planJobOutcome(children: readonly ChildJobSnapshot[]): PlanJobOutcome {
  const named = (state: JobState) => children.filter((child) => child.state === state).map((child) => child.targetObjectName);
  const succeeded = named('Succeeded');
  const failed = named('Failed');
  const cancelled = named('Cancelled');
  const unsuccessful = failed.length + cancelled.length;
  return {
    finished: children.every((child) => isTerminal(child.state)),
    progress: aggregateProgress(children),
    failed,
    cancelled,
    succeeded,
    stateDescription: unsuccessful === 0 ? 'Completed' : succeeded.length > 0 ? 'PartiallySucceeded' : 'Failed',
  };
}
