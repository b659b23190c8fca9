import { z } from 'zod';
import type { PlanReprotectFacts } from '../domain/reprotect/plan-rules';
import { reprotectInputSchema } from './reprotect';

/** One machine's values: the same fields, and the same messages, as the single-VM blade. */
export const planReprotectRowSchema = reprotectInputSchema.pick({
  itemId: true,
  masterTargetId: true,
  processServerId: true,
  datastoreId: true,
  retentionVolumeId: true,
});

export type PlanReprotectRow = z.infer<typeof planReprotectRowSchema>;

/**
 * The recovery plan Re-Protect blade's input, checked in the browser and again by
 * the server: a row for every machine of the plan that is reprotected.
 */
export const recoveryPlanReprotectInputSchema = z.object({
  planId: z.string().min(1, { error: 'Choose a recovery plan.' }),
  direction: reprotectInputSchema.shape.direction,
  rows: z
    .array(planReprotectRowSchema)
    .min(1, { error: 'No machine of this recovery plan needs reprotect.' })
    .refine((rows) => new Set(rows.map((row) => row.itemId)).size === rows.length, {
      error: 'Each machine may appear only once.',
    }),
});

export type RecoveryPlanReprotectInput = z.infer<typeof recoveryPlanReprotectInputSchema>;

/** The form field a reason about row `index` belongs to, as the server names it in fieldErrors. */
export const planRowField = (index: number, field: string) => `rows.${index}.${field}`;

/** What the plan's Re-Protect blade is given: the machines to reprotect, and those left out with why. */
export interface PlanReprotectBladeData {
  plan: { id: string; name: string };
  /** Null when no machine of the plan needs reprotect. */
  facts: PlanReprotectFacts | null;
  skipped: Array<{ itemId: string; name: string; reason: string }>;
}
