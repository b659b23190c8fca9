import { planOperationRoute } from '@/lib/arm/plan-routes';
import { submitPlanReprotectEitherWay } from '@/lib/data/recovery-plan-reprotect-to-azure';

/**
 * replicationRecoveryPlans.beginReprotect (no body): back to on-premises, every machine
 * that failed over with the first values the rules accept and a replication group on one
 * master target; or, once the plan was committed on-premises, to Azure through the first
 * process server each machine may use.
 */
export const POST = planOperationRoute({ permission: 'items.reprotect', operation: 'recoveryPlan.reprotect', action: 'reProtect' }, (vaultId, planId) =>
  submitPlanReprotectEitherWay(vaultId, planId),
);
