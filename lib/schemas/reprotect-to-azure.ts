import { z } from 'zod';

/**
 * The forward Re-Protect blade's input (a VM committed on-premises after failback),
 * checked in the browser and again by the server. The forward policy is not an
 * input: it is the configuration server's.
 */
export const reprotectToAzureInputSchema = z.object({
  itemId: z.string().min(1, { error: 'Choose a replicated item.' }),
  direction: z.literal('OnPremisesToAzure', { error: 'This reprotect runs from on-premises to Azure only.' }),
  processServerId: z.string({ error: 'Select a process server.' }).trim().min(1, { error: 'Select a process server.' }),
});

export type ReprotectToAzureInput = z.infer<typeof reprotectToAzureInputSchema>;

export const planReprotectToAzureRowSchema = reprotectToAzureInputSchema.pick({ itemId: true, processServerId: true });

/** A recovery plan's reprotect to Azure: a process server for every machine committed on-premises. */
export const planReprotectToAzureInputSchema = z.object({
  planId: z.string().min(1, { error: 'Choose a recovery plan.' }),
  direction: reprotectToAzureInputSchema.shape.direction,
  rows: z
    .array(planReprotectToAzureRowSchema)
    .min(1, { error: 'No machine of this recovery plan needs reprotect to Azure.' })
    .refine((rows) => new Set(rows.map((row) => row.itemId)).size === rows.length, { error: 'Each machine may appear only once.' }),
});

export type PlanReprotectToAzureInput = z.infer<typeof planReprotectToAzureInputSchema>;
