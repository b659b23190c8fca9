import type { JobSpeed } from '../../domain/jobs/job-state';
import { planJobOutcome, type PlanJobOutcome } from '../../domain/reprotect/plan-job';
import { pluralize } from '../../domain/plural';
import { StepInterrupted, type JobFailure, type JobHandler, type JobRecord, type JobStep, type Tx } from '../types';

// The job of a recovery plan's operation (reprotect, failover, commit). Its machines are
// handled by their own jobs (children, run by their own handlers like any other); this
// job follows them, carries their aggregate progress and ends with the plan's outcome.
// It does no work of its own, so a cancel ends it at once (and reaches the children
// through the engine's cancel).

/** How often the plan looks at its machines' jobs. */
const POLL_MS: Record<JobSpeed, number> = { realistic: 2_000, fast: 250, instant: 10 };

const childrenOf = (db: Pick<Tx, 'job'>, jobId: string) =>
  db.job.findMany({ where: { parentJobId: jobId }, select: { state: true, progress: true, targetObjectName: true } });

export interface PlanFollowerOptions {
  scenarioName: string;
  stepName: string;
  /** The operation as a noun ("reprotect") and its machine job's name ("Reprotect"). */
  operation: string;
  machineJobName: string;
  /** Its code when machines did not succeed, and what stays true for those that did. */
  errorCode: string;
  succeededStay: string;
  /** Why the plan job is not restarted as a whole. */
  restartRefusal: string;
}

function machinesFailed(options: PlanFollowerOptions, outcome: PlanJobOutcome): JobFailure {
  const parts = [
    outcome.failed.length > 0 ? `failed: ${outcome.failed.join(', ')}` : null,
    outcome.cancelled.length > 0 ? `cancelled: ${outcome.cancelled.join(', ')}` : null,
  ].filter(Boolean);
  const total = outcome.failed.length + outcome.cancelled.length + outcome.succeeded.length;
  return {
    errorCode: options.errorCode,
    errorMessage: `The ${options.operation} of ${total - outcome.succeeded.length} of ${pluralize(total, 'machine')} did not succeed (${parts.join('; ')}).`,
    possibleCauses: `The ${options.machineJobName} job of each of these machines ended without succeeding; its own errors say why.`,
    recommendedAction: `Open the failed machine jobs, resolve their errors and restart them, or start a new ${options.operation} of the plan. ${options.succeededStay}`,
  };
}

/** A plan job type that follows its machines' jobs. */
export function createPlanFollowerHandler(options: PlanFollowerOptions): JobHandler {
  const waitForMachines: JobStep = {
    name: options.stepName,
    async run(ctx) {
      for (;;) {
        const job = await ctx.db.job.findUnique({ where: { id: ctx.job.id }, select: { state: true } });
        // Cancelled (or removed) under us: the engine's cancel already ended the job.
        if (job?.state !== 'InProgress') throw new StepInterrupted('lost');
        const outcome = planJobOutcome(await childrenOf(ctx.db, ctx.job.id));
        await ctx.progress(outcome.progress);
        if (outcome.finished) {
          const allSucceeded = outcome.failed.length + outcome.cancelled.length === 0;
          return allSucceeded ? { ok: true } : { ok: false, failure: machinesFailed(options, outcome) };
        }
        await ctx.wait(POLL_MS[ctx.speed]);
      }
    },
  };

  /** The plan job's last word: its progress is the machines' aggregate, its description the plan's outcome. */
  async function recordOutcome(tx: Tx, job: JobRecord, ended: 'Failed' | 'Cancelled'): Promise<void> {
    const outcome = planJobOutcome(await childrenOf(tx, job.id));
    await tx.job.update({
      where: { id: job.id },
      data: { progress: outcome.progress, stateDescription: ended === 'Cancelled' ? 'Cancelled' : outcome.stateDescription },
    });
  }

  return {
    scenarioName: options.scenarioName,
    steps: [waitForMachines],
    followsChildren: true,
    onCancelled: (tx, job) => recordOutcome(tx, job, 'Cancelled'),
    onFailed: (tx, job) => recordOutcome(tx, job, 'Failed'),
    // Each machine's job is restarted on its own.
    onRestart: async () => ({ kind: 'refused', message: options.restartRefusal }),
  };
}
