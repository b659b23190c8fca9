import { planOperationRoute } from '@/lib/arm/plan-routes';
import { submitPlanFailoverOfEveryMachine } from '@/lib/data/recovery-plan-failover';
import { invalidInput } from '@/lib/schemas/action-result';
import { recoveryPlanUnplannedFailoverInputSchema } from '@/lib/schemas/arm-requests';

/**
 * replicationRecoveryPlans.beginUnplannedFailover (RecoveryToPrimary): every machine of
 * the plan protected to on-premises fails back, at the latest processed (LatestTime) or
 * latest app-consistent (LatestTag) point, replication groups at their common point.
 */
export const POST = planOperationRoute({ permission: 'items.failover', operation: 'recoveryPlan.failover', action: 'unplannedFailover' }, async (vaultId, planId, body) => {
  const parsed = recoveryPlanUnplannedFailoverInputSchema.safeParse(body);
  if (!parsed.success) return invalidInput(parsed.error);
  const recoveryPointType = parsed.data.properties.providerSpecificDetails?.[0]?.recoveryPointType ?? 'LatestTime';
  return submitPlanFailoverOfEveryMachine(vaultId, planId, recoveryPointType);
});
