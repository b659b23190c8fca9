'use server';

import { revalidatePath } from 'next/cache';
import { submitReprotect } from '../data/reprotect';
import type { ActionResult } from '../schemas/action-result';
import type { ReprotectInput } from '../schemas/reprotect';

/** OK in the Re-Protect blade: the server re-checks every rule, then queues the job. */
export async function reprotectItemAction(input: ReprotectInput): Promise<ActionResult<{ jobId: string }>> {
  const result = await submitReprotect(input);
  if (result.ok) revalidatePath('/vaults', 'layout');
  return result;
}
