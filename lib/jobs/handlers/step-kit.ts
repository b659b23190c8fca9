import type { z } from 'zod';
import { timedStepMs, type StepTiming } from '../../domain/jobs/job-state';
import { recoveryPointsToAdd, type PlannedRecoveryPoint } from '../../domain/jobs/recovery-points';
import type { JobFailure, JobStep, StepContext, StepOutcome, Tx } from '../types';
import { jobInputInvalid } from './failback-errors';
import { itemMissing } from './reprotect-errors';

// What the steps of an item's job share: the payload parsed by the job type's schema,
// the item the job holds, and the simulated time a step takes.

export const OK: StepOutcome = { ok: true };
export const fail = (failure: JobFailure): StepOutcome => ({ ok: false, failure });

export interface StepInput<P> {
  payload: P;
  itemId: string;
}

/** A factory of steps that receive the parsed payload and the item id, or fail the job without them. */
export function stepsWithPayload<P>(schema: z.ZodType<P>, operation: string) {
  return (name: string, body: (ctx: StepContext, input: StepInput<P>) => Promise<StepOutcome>): JobStep => ({
    name,
    async run(ctx) {
      const parsed = schema.safeParse(ctx.job.payload);
      if (!parsed.success) return fail(jobInputInvalid(operation, parsed.error.issues.map((issue) => issue.message).join(' ')));
      if (!ctx.job.replicatedItemId) return fail(itemMissing());
      return body(ctx, { payload: parsed.data, itemId: ctx.job.replicatedItemId });
    },
  });
}

/** Waits the step's simulated duration at the runner's speed. */
export function simulate(ctx: StepContext, timing: StepTiming): Promise<void> {
  return ctx.wait(timedStepMs(timing, ctx.speed));
}

/** A long step: its duration in slices, reporting progress after each. */
export async function simulateWithProgress(ctx: StepContext, timing: StepTiming, increments: number): Promise<void> {
  const slice = timedStepMs(timing, ctx.speed) / increments;
  for (let i = 1; i <= increments; i++) {
    await ctx.wait(slice);
    await ctx.progress((i * 100) / increments);
  }
}

/**
 * The first recovery points of a replication that has just started, under its policy:
 * what the policy would have taken by now (one crash-consistent point without a policy).
 */
export async function firstRecoveryPoints(ctx: Pick<StepContext, 'db' | 'speed'>, policyId: string): Promise<PlannedRecoveryPoint[]> {
  const policy = await ctx.db.replicationPolicy.findUnique({ where: { id: policyId } });
  const now = new Date();
  return policy ? recoveryPointsToAdd({ now, lastPointTime: null, lastAppConsistentTime: null, policy, speed: ctx.speed }) : [{ time: now, type: 'CrashConsistent' }];
}

/**
 * A replication in a new direction starts a history of its own: the points left from the
 * other direction describe the other copy of the VM.
 */
export async function startRecoveryPointHistory(tx: Tx, itemId: string, points: readonly PlannedRecoveryPoint[]): Promise<void> {
  await tx.recoveryPoint.deleteMany({ where: { itemId } });
  await tx.recoveryPoint.createMany({ data: points.map((point) => ({ itemId, ...point })) });
}
