import { armRoute, type ArmParams } from '@/lib/arm/arm-route';
import { armPlanResponse } from '@/lib/arm/plan-handlers';
import { notFound } from '@/lib/arm/route-helpers';
import { findRecoveryPlanId, getRecoveryPlanDetail } from '@/lib/data/recovery-plans';

/** replicationRecoveryPlans.get */
export const GET = armRoute<ArmParams & { recoveryPlanName: string }>('vault.read', async (_request, context) => {
  const vaultId = context.grant.vault.id;
  const id = await findRecoveryPlanId(vaultId, context.params.recoveryPlanName);
  const plan = id ? await getRecoveryPlanDetail(vaultId, id) : null;
  return plan ? armPlanResponse(plan, context) : notFound('replicationRecoveryPlans', context.params.recoveryPlanName);
});
