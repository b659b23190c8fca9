import type { Db } from '../data/db';
import type { Prisma } from '../data/generated/prisma/client';
import type { JobSpeed } from '../domain/jobs/job-state';

export type Tx = Prisma.TransactionClient;

/** What a failed task records as its JobError (the service's providerErrorDetails). */
export interface JobFailure {
  errorCode: string;
  errorMessage: string;
  possibleCauses: string;
  recommendedAction: string;
}

/** The parts of a Job row that handlers read. */
export interface JobRecord {
  id: string;
  vaultId: string;
  scenarioName: string;
  replicatedItemId: string | null;
  payload: unknown;
  /** Claims by runners since the job was last queued (not the operator's attempts). */
  claimCount: number;
  /** The current attempt's number: its errors are recorded under it. */
  attemptCount: number;
}

export const jobRecordSelect = {
  id: true,
  vaultId: true,
  scenarioName: true,
  replicatedItemId: true,
  payload: true,
  claimCount: true,
  attemptCount: true,
} as const satisfies Record<keyof JobRecord, true>;

export interface StepContext {
  db: Db;
  job: JobRecord;
  speed: JobSpeed;
  /**
   * Waits for simulated work. Throws StepInterrupted as soon as the runner stops or
   * loses the job, so that a long step does not outlive its claim.
   */
  wait(ms: number): Promise<void>;
  /** Reports the step's own progress (0-100); the job's aggregate progress follows. */
  progress(percent: number): Promise<void>;
}

/**
 * A step either fails with a service error, or succeeds and may hand back writes
 * that the runner commits in the same transaction that marks the task Succeeded:
 * a step's effects and its completion land together or not at all, so a step that
 * is re-run after a crash never finds half of its own work done.
 */
export type StepOutcome = { ok: true; commit?: (tx: Tx) => Promise<void> } | { ok: false; failure: JobFailure };

export interface JobStep {
  name: string;
  run(ctx: StepContext): Promise<StepOutcome>;
}

export type JobActionErrorKind = 'conflict' | 'not-found' | 'refused';

export interface JobActionError {
  kind: JobActionErrorKind;
  message: string;
}

/**
 * One kind of job (by scenarioName). The runner drives the steps; the hooks keep the
 * job's target (the replicated item) consistent with how the job ended. A recovery
 * plan job would be a handler whose steps queue and await child jobs (Job.parentJobId).
 */
export interface JobHandler {
  scenarioName: string;
  steps: readonly JobStep[];
  /**
   * The job does no work of its own: it follows child jobs. A cancel ends it at once instead
   * of at its next step boundary (its running step notices and stops), and runners run it
   * beside their work slots, never in one: followers holding every slot would wait forever
   * for children that have no slot left to run in.
   */
  followsChildren?: boolean;
  /** In the transaction that cancels the job. */
  onCancelled(tx: Tx, job: JobRecord): Promise<void>;
  /** In the transaction that fails the job. */
  onFailed(tx: Tx, job: JobRecord, failure: JobFailure): Promise<void>;
  /** In the transaction that restarts the job: re-checks and re-marks its target, or refuses. */
  onRestart(tx: Tx, job: JobRecord): Promise<JobActionError | null>;
}

/** Observes step execution; tests use it to count and to hold steps. */
export interface RunnerHooks {
  beforeStep?(info: { jobId: string; step: string; runnerId: string; claim: number }): void | Promise<void>;
}

/** Thrown by StepContext.wait when the runner stops or another runner took the job. */
export class StepInterrupted extends Error {
  constructor(readonly reason: InterruptReason) {
    super(`Step interrupted: ${reason}`);
  }
}

export type InterruptReason = 'stopped' | 'lost';
