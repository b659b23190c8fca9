'use server';

import { revalidatePath } from 'next/cache';
import { submitCommit } from '../data/commit';
import { submitFailover } from '../data/failover';
import { submitPlanCommit, submitPlanFailover } from '../data/recovery-plan-failover';
import { submitPlanReprotectToAzure } from '../data/recovery-plan-reprotect-to-azure';
import { submitReprotectToAzure } from '../data/reprotect-to-azure';
import { getVaultByName } from '../data/vaults';
import { failure, type ActionResult } from '../schemas/action-result';
import type { CommitInput, PlanCommitInput } from '../schemas/commit';
import type { FailoverInput, PlanFailoverInput } from '../schemas/failover';
import type { PlanReprotectToAzureInput, ReprotectToAzureInput } from '../schemas/reprotect-to-azure';

// OK in the blades of the failback cycle: the data layer validates the input with the
// form's schema again, re-checks every rule with the items locked and queues the jobs.

type Submit = (vaultId: string, raw: unknown) => Promise<ActionResult<{ jobId: string }>>;

async function inVault(vaultName: string, input: unknown, submit: Submit): Promise<ActionResult<{ jobId: string }>> {
  const vault = await getVaultByName(vaultName);
  if (!vault) return failure('not-found', `Vault '${vaultName}' was not found.`);
  const result = await submit(vault.id, input);
  if (result.ok) revalidatePath('/vaults', 'layout');
  return result;
}

export async function failoverItemAction(vaultName: string, input: FailoverInput) {
  return inVault(vaultName, input, (vaultId, raw) => submitFailover(vaultId, raw));
}

export async function commitItemAction(vaultName: string, input: CommitInput) {
  return inVault(vaultName, input, (vaultId, raw) => submitCommit(vaultId, raw));
}

export async function reprotectToAzureAction(vaultName: string, input: ReprotectToAzureInput) {
  return inVault(vaultName, input, (vaultId, raw) => submitReprotectToAzure(vaultId, raw));
}

export async function failoverRecoveryPlanAction(vaultName: string, input: PlanFailoverInput) {
  return inVault(vaultName, input, (vaultId, raw) => submitPlanFailover(vaultId, raw));
}

export async function commitRecoveryPlanAction(vaultName: string, input: PlanCommitInput) {
  return inVault(vaultName, input, (vaultId, raw) => submitPlanCommit(vaultId, raw));
}

export async function reprotectRecoveryPlanToAzureAction(vaultName: string, input: PlanReprotectToAzureInput) {
  return inVault(vaultName, input, (vaultId, raw) => submitPlanReprotectToAzure(vaultId, raw));
}
