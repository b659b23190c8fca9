import { planOperationRoute } from '@/lib/arm/plan-routes';
import { submitPlanCommitOfEveryMachine } from '@/lib/data/recovery-plan-failover';

/** replicationRecoveryPlans.beginFailoverCommit (no body): commits every machine of the plan whose failback waits for it. */
export const POST = planOperationRoute({ permission: 'items.failover', operation: 'recoveryPlan.commit', action: 'failoverCommit' }, (vaultId, planId) =>
  submitPlanCommitOfEveryMachine(vaultId, planId),
);
