'use server';

import { vaultAction } from '../access/vault-action';
import { submitReprotect } from '../data/reprotect';
import type { ReprotectInput } from '../schemas/reprotect';

/** OK in the Re-Protect blade: the server re-checks every rule, then queues the job. */
export const reprotectItemAction = vaultAction(
  { permission: 'items.reprotect', operation: 'replicatedItem.reprotect', target: { type: 'replicatedItem', field: 'itemId' } },
  ({ vault }, input: ReprotectInput) => submitReprotect(vault.id, input),
);
