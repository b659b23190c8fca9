import { NextResponse } from 'next/server';
import { armErrorResponse, armJson, armRoute } from '@/lib/arm/arm-route';
import { armError } from '@/lib/arm/errors';
import { armJobResponse, pathOperation, statusOf, type JobParams } from '@/lib/arm/job-handlers';
import { toArmProtectedItem } from '@/lib/arm/protected-items';
import { armPlanResponse } from '@/lib/arm/plan-handlers';
import { RESOURCE_ACTIONS } from '@/lib/arm/operations';
import { accepted } from '@/lib/arm/route-helpers';
import { getProtectedItem } from '@/lib/data/protected-items';
import { getRecoveryPlanDetail } from '@/lib/data/recovery-plans';

/**
 * Location of an operation: 202 while its job runs; then its result (the replicated item
 * or recovery plan a reprotect, failover or commit was about, else the job), or its error.
 */
export const GET = armRoute<JobParams & { action: string }>('vault.read', async (_request, context) => {
  const operation = await pathOperation(context);
  if (operation instanceof NextResponse) return operation;
  const { job, action } = operation;
  const status = statusOf(job, action, `${context.ids.job(job.id)}/operationStatus/${action}`);
  if (status.status === 'InProgress') return accepted(context, job.id, action);
  if (status.status !== 'Succeeded') return armErrorResponse(armError(400, status.error?.code ?? 'OperationFailed', status.error?.message ?? 'The operation did not succeed.'));
  const { vault } = context.grant;
  if (RESOURCE_ACTIONS.has(action) && job.itemId && !job.recoveryPlanId) {
    const item = await getProtectedItem(vault.id, job.itemId);
    if (item) return armJson(toArmProtectedItem(item, vault.location, context.ids));
  }
  if (RESOURCE_ACTIONS.has(action) && job.recoveryPlanId) {
    const plan = await getRecoveryPlanDetail(vault.id, job.recoveryPlanId);
    if (plan) return armPlanResponse(plan, context);
  }
  return armJobResponse(job, context);
});
