'use server';

import { vaultAction } from '../access/vault-action';
import { createForwardPolicy, updatePolicy } from '../data/policies';
import type { ForwardPolicyInput, PolicySettings } from '../schemas/policies';

/** Create in the Create policy blade: the forward policy and, with it, its failback policy. */
export const createForwardPolicyAction = vaultAction(
  { permission: 'policies.write', operation: 'policy.create' },
  ({ vault }, input: ForwardPolicyInput) => createForwardPolicy(vault.id, input),
);

/** OK in the Edit settings blade of a forward policy. A failback policy is refused by the data layer. */
export const updatePolicySettingsAction = vaultAction(
  { permission: 'policies.write', operation: 'policy.update', target: { type: 'policy' } },
  ({ vault }, policyId: string, input: PolicySettings) => updatePolicy(vault.id, policyId, input),
);
