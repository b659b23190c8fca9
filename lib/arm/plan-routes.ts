import type { ActionResult } from '../schemas/action-result';
import { failure } from '../schemas/action-result';
import type { Operation } from '../domain/access/operations';
import type { Permission } from '../domain/access/roles';
import { findRecoveryPlanId } from '../data/recovery-plans';
import { armWriteRoute, type ArmContext, type ArmParams } from './arm-route';
import type { OperationAction } from './operations';
import { accepted } from './route-helpers';

export type PlanParams = ArmParams & { recoveryPlanName: string };

/**
 * An operation on a whole recovery plan (reprotect, failover, commit): the plan the path
 * names, then the submission, which runs the plan blade's rules on every machine it
 * concerns in one transaction; 202 follows the plan's job to the plan.
 */
export function planOperationRoute(
  options: { permission: Permission; operation: Operation; action: OperationAction },
  submit: (vaultId: string, planId: string, body: unknown, context: ArmContext<PlanParams>) => Promise<ActionResult<{ jobId: string }>>,
) {
  return armWriteRoute<PlanParams>(
    {
      permission: options.permission,
      operation: options.operation,
      target: (params) => ({ type: 'recoveryPlan', id: String(params.recoveryPlanName).slice(0, 64), name: String(params.recoveryPlanName).slice(0, 64) }),
    },
    async (body, context) => {
      const vaultId = context.grant.vault.id;
      const planId = await findRecoveryPlanId(vaultId, context.params.recoveryPlanName);
      if (!planId) return failure('not-found', `The recovery plan '${String(context.params.recoveryPlanName).slice(0, 100)}' does not exist in this vault.`);
      const result = await submit(vaultId, planId, body, context);
      return result.ok ? { ok: true, data: accepted(context, result.data.jobId, options.action) } : result;
    },
  );
}
