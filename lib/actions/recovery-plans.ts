'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '../data/db';
import { submitRecoveryPlanReprotect } from '../data/recovery-plan-reprotect';
import { findActivePlanReprotect } from '../data/recovery-plans';
import { getVaultByName } from '../data/vaults';
import { requestCancel } from '../jobs/actions';
import { failure, type ActionResult } from '../schemas/action-result';
import type { RecoveryPlanReprotectInput } from '../schemas/recovery-plan-reprotect';

/** OK in the plan's Re-Protect blade: the server re-checks every machine and the plan rules, then queues the jobs. */
export async function reprotectRecoveryPlanAction(input: RecoveryPlanReprotectInput): Promise<ActionResult<{ jobId: string }>> {
  const result = await submitRecoveryPlanReprotect(input);
  if (result.ok) revalidatePath('/vaults', 'layout');
  return result;
}

/** Cancel on the plan page: stops the plan's running reprotect and, through it, its machines' jobs. */
export async function cancelRecoveryPlanReprotectAction(vaultName: string, planId: string): Promise<ActionResult<null>> {
  const vault = await getVaultByName(vaultName);
  if (!vault) return failure('not-found', `Vault '${vaultName}' was not found.`);
  const jobId = await findActivePlanReprotect(vault.id, planId);
  if (!jobId) return failure('refused', 'No reprotect of this recovery plan is running.');
  const result = await requestCancel(getDb(), jobId);
  if (!result.ok) return failure(result.error.kind, result.error.message);
  revalidatePath('/vaults', 'layout');
  return { ok: true, data: null };
}
