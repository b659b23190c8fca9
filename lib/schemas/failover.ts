import { z } from 'zod';
import { RECOVERY_POINT_TYPES } from '../domain/failover/facts';

/**
 * The Failover blade's input, checked by the form in the browser and again by the
 * server. The direction is fixed: the portal fails VMs back from Azure to on-premises.
 */
export const failoverInputSchema = z.object({
  itemId: z.string().min(1, { error: 'Choose a replicated item.' }),
  direction: z.literal('RecoveryToPrimary', { error: 'Failover runs from Azure to on-premises (RecoveryToPrimary) only.' }),
  recoveryPointType: z.enum(RECOVERY_POINT_TYPES, { error: 'Select a recovery point: Latest processed or Latest app-consistent.' }),
});

export type FailoverInput = z.infer<typeof failoverInputSchema>;

/** A recovery plan's failover: one recovery point type for the plan, and the machines the operator saw. */
export const planFailoverInputSchema = z.object({
  planId: z.string().min(1, { error: 'Choose a recovery plan.' }),
  direction: failoverInputSchema.shape.direction,
  recoveryPointType: failoverInputSchema.shape.recoveryPointType,
  itemIds: z
    .array(z.string().min(1))
    .min(1, { error: 'No machine of this recovery plan can fail over.' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each machine may appear only once.' }),
});

export type PlanFailoverInput = z.infer<typeof planFailoverInputSchema>;
