import { armJson, armRoute, type ArmParams } from '@/lib/arm/arm-route';
import { armPlan } from '@/lib/arm/plan-handlers';
import { getRecoveryPlanDetail, listRecoveryPlans } from '@/lib/data/recovery-plans';

/** replicationRecoveryPlans.list: each plan with its groups and machines. */
export const GET = armRoute<ArmParams>('vault.read', async (_request, context) => {
  const vaultId = context.grant.vault.id;
  const rows = await listRecoveryPlans(vaultId);
  const plans = await Promise.all(rows.map((row) => getRecoveryPlanDetail(vaultId, row.id)));
  const value = await Promise.all(plans.flatMap((plan) => (plan ? [armPlan(plan, context)] : [])));
  return armJson({ value });
});
