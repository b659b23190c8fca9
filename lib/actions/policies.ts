'use server';

import { revalidatePath } from 'next/cache';
import { createForwardPolicy } from '../data/policies';
import { getVaultByName } from '../data/vaults';
import { failure, type ActionResult } from '../schemas/action-result';
import type { ForwardPolicyInput } from '../schemas/policies';

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
