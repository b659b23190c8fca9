import type { z } from 'zod';
import { timedStepMs, type StepTiming } from '../../domain/jobs/job-state';
import type { JobFailure, JobStep, StepContext, StepOutcome } from '../types';
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
