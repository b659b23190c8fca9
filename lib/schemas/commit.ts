import { z } from 'zod';

/** Commit of one item's completed failover: nothing to choose. */
export const commitInputSchema = z.object({
  itemId: z.string().min(1, { error: 'Choose a replicated item.' }),
});

export type CommitInput = z.infer<typeof commitInputSchema>;

/** Commit of a recovery plan: the machines the operator saw waiting for it. */
export const planCommitInputSchema = z.object({
  planId: z.string().min(1, { error: 'Choose a recovery plan.' }),
  itemIds: z
    .array(z.string().min(1))
    .min(1, { error: 'No machine of this recovery plan has a failover to commit.' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each machine may appear only once.' }),
});

export type PlanCommitInput = z.infer<typeof planCommitInputSchema>;
