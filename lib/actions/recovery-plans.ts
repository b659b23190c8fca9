'use server';

import { vaultAction } from '../access/vault-action';
import { getDb } from '../data/db';
import { submitRecoveryPlanReprotect } from '../data/recovery-plan-reprotect';
import { findActivePlanReprotect } from '../data/recovery-plans';
import { requestCancel } from '../jobs/actions';
import { failure } from '../schemas/action-result';
import type { RecoveryPlanReprotectInput } from '../schemas/recovery-plan-reprotect';

/** OK in the plan's Re-Protect blade: the server re-checks every machine and the plan rules, then queues the jobs. */
export const reprotectRecoveryPlanAction = vaultAction(
  {
    permission: 'items.reprotect',
    operation: 'recoveryPlan.reprotect',
    target: { type: 'recoveryPlan', field: 'planId' },
  },
  ({ vault }, input: RecoveryPlanReprotectInput) => submitRecoveryPlanReprotect(vault.id, input),
);

/** Cancel on the plan page: stops the plan's running reprotect and, through it, its machines' jobs. */
export const cancelRecoveryPlanReprotectAction = vaultAction(
  { permission: 'jobs.manage', operation: 'job.cancel', target: { type: 'recoveryPlan' } },
  async ({ vault }, planId: string) => {
    const jobId = typeof planId === 'string' ? await findActivePlanReprotect(vault.id, planId) : null;
    if (!jobId) return failure('refused', 'No reprotect of this recovery plan is running.');
    const result = await requestCancel(getDb(), jobId, undefined, vault.id);
    return result.ok ? { ok: true as const, data: null } : failure(result.error.kind, result.error.message);
  },
);
