'use server';

import { revalidatePath } from 'next/cache';
import { createForwardPolicy, updatePolicy } from '../data/policies';
import { getVaultByName } from '../data/vaults';
import { policySettingsSchema, type ForwardPolicyInput, type PolicyRow, type PolicySettings } from '../schemas/policies';
import { failure, invalidInput, type ActionResult } from '../schemas/action-result';

/** Create in the Create policy blade: the forward policy and, with it, its failback policy. */
export async function createForwardPolicyAction(
  vaultName: string,
  input: ForwardPolicyInput,
): Promise<ActionResult<{ forwardPolicyId: string; failbackPolicyId: string }>> {
  const vault = await getVaultByName(vaultName);
  if (!vault) return failure('not-found', `Vault '${vaultName}' was not found.`);
  const result = await createForwardPolicy(vault.id, input);
  if (result.ok) revalidatePath('/vaults', 'layout');
  return result;
}

/** OK in the Edit settings blade of a forward policy. A failback policy is refused by the data layer. */
export async function updatePolicySettingsAction(vaultName: string, policyId: string, input: PolicySettings): Promise<ActionResult<PolicyRow>> {
  const parsed = policySettingsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const vault = await getVaultByName(vaultName);
  if (!vault) return failure('not-found', `Vault '${vaultName}' was not found.`);
  const result = await updatePolicy(vault.id, policyId, parsed.data);
  if (result.ok) revalidatePath('/vaults', 'layout');
  return result;
}
