import 'server-only';
import type { JobSpeed } from '../../domain/jobs/job-state';
import { PLAN_REPROTECT_SCENARIO, PLAN_REPROTECT_STEPS, planJobOutcome, type PlanJobOutcome } from '../../domain/reprotect/plan-job';
import { StepInterrupted, type JobFailure, type JobHandler, type JobRecord, type JobStep, type Tx } from '../types';
import { pluralize } from '../../domain/plural';

// The job of a recovery plan's reprotect. Its machines are reprotected by their own
// Reprotect jobs (children, run by the reprotect handler like any other); this job
// follows them, carries their aggregate progress and ends with the plan's outcome.
// It does no work of its own, so a cancel ends it at once (and reaches the children
// through the engine's cancel).

/** How often the plan looks at its machines' jobs. */
const POLL_MS: Record<JobSpeed, number> = { realistic: 2_000, fast: 250, instant: 10 };

const childrenOf = (db: Pick<Tx, 'job'>, jobId: string) =>
  db.job.findMany({ where: { parentJobId: jobId }, select: { state: true, progress: true, targetObjectName: true } });

function machinesFailed(outcome: PlanJobOutcome): JobFailure {
  const parts = [
    outcome.failed.length > 0 ? `failed: ${outcome.failed.join(', ')}` : null,
    outcome.cancelled.length > 0 ? `cancelled: ${outcome.cancelled.join(', ')}` : null,
  ].filter(Boolean);
  const total = outcome.failed.length + outcome.cancelled.length + outcome.succeeded.length;
  return {
    errorCode: 'RecoveryPlanReprotectIncomplete',
    errorMessage: `The reprotect of ${total - outcome.succeeded.length} of ${pluralize(total, 'machine')} did not succeed (${parts.join('; ')}).`,
    possibleCauses: 'The Reprotect job of each of these machines ended without protecting it; its own errors say why.',
    recommendedAction:
      'Open the failed machine jobs, resolve their errors and restart them, or start a new reprotect of the plan. ' +
      'The machines that succeeded stay protected.',
  };
}

const waitForMachines: JobStep = {
  name: PLAN_REPROTECT_STEPS[0].name,
  async run(ctx) {
    for (;;) {
      const job = await ctx.db.job.findUnique({ where: { id: ctx.job.id }, select: { state: true } });
      // Cancelled (or removed) under us: the engine's cancel already ended the job.
      if (job?.state !== 'InProgress') throw new StepInterrupted('lost');
      const outcome = planJobOutcome(await childrenOf(ctx.db, ctx.job.id));
      await ctx.progress(outcome.progress);
      if (outcome.finished) {
        const allSucceeded = outcome.failed.length + outcome.cancelled.length === 0;
        return allSucceeded ? { ok: true } : { ok: false, failure: machinesFailed(outcome) };
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

export const recoveryPlanReprotectHandler: JobHandler = {
  scenarioName: PLAN_REPROTECT_SCENARIO,
  steps: [waitForMachines],
  followsChildren: true,
  onCancelled: (tx, job) => recordOutcome(tx, job, 'Cancelled'),
  onFailed: (tx, job) => recordOutcome(tx, job, 'Failed'),
  // Each machine's job is restarted on its own; the plan is reprotected again as a whole.
  onRestart: async () => ({
    kind: 'refused',
    message: 'A recovery plan reprotect is not restarted as a whole: restart the failed machine jobs, or reprotect the plan again.',
  }),
};
