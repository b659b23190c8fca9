import { armWriteRoute, type ArmParams } from '@/lib/arm/arm-route';
import { accepted } from '@/lib/arm/route-helpers';
import { submitRecoveryPlanReprotectWithChosenValues } from '@/lib/data/recovery-plan-reprotect';
import { findRecoveryPlanId } from '@/lib/data/recovery-plans';
import { failure } from '@/lib/schemas/action-result';

type Params = ArmParams & { recoveryPlanName: string };

/**
 * replicationRecoveryPlans.beginReprotect (no body): every machine of the plan that has
 * failed over, each with the first values the rules accept and a replication group on
 * one master target, decided in one transaction as the plan's blade is; 202 follows the
 * plan's job to the plan.
 */
export const POST = armWriteRoute<Params>(
  {
    permission: 'items.reprotect',
    operation: 'recoveryPlan.reprotect',
    target: (params) => ({ type: 'recoveryPlan', id: String(params.recoveryPlanName).slice(0, 64), name: String(params.recoveryPlanName).slice(0, 64) }),
  },
  async (_body, context) => {
    const vaultId = context.grant.vault.id;
    const planId = await findRecoveryPlanId(vaultId, context.params.recoveryPlanName);
    if (!planId) return failure('not-found', `The recovery plan '${String(context.params.recoveryPlanName).slice(0, 100)}' does not exist in this vault.`);
    const result = await submitRecoveryPlanReprotectWithChosenValues(vaultId, planId);
    return result.ok ? { ok: true, data: accepted(context, result.data.jobId, 'reProtect') } : result;
  },
);
