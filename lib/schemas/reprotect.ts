import { z } from 'zod';

const choice = (message: string) => z.string({ error: message }).trim().min(1, { error: message });

/**
 * The Re-Protect blade's input, checked by the form in the browser and again by the
 * server. The failback policy is not an input: it is chosen automatically.
 */
export const reprotectInputSchema = z.object({
  itemId: z.string().min(1, { error: 'Choose a replicated item.' }),
  direction: z.literal('AzureToOnPremises', { error: 'Reprotect runs from Azure to on-premises only.' }),
  masterTargetId: choice('Select a master target server.'),
  processServerId: choice('Select a process server.'),
  datastoreId: choice('Select a datastore.'),
  retentionVolumeId: choice('Select a retention drive.'),
});

export type ReprotectInput = z.infer<typeof reprotectInputSchema>;

/** The dry run takes the same fields, any of them possibly still empty. */
export const reprotectDraftSchema = reprotectInputSchema.partial({
  masterTargetId: true,
  processServerId: true,
  datastoreId: true,
  retentionVolumeId: true,
});

export type ReprotectDraft = z.infer<typeof reprotectDraftSchema>;
