import { armJson, armRoute, armWriteRoute, type ArmParams } from '@/lib/arm/arm-route';
import { POLICY_TARGETS } from '@/lib/arm/errors';
import { toArmPolicy, toForwardPolicyInput, toPolicyPatch } from '@/lib/arm/policies';
import { notFound } from '@/lib/arm/route-helpers';
import { createForwardPolicy, deletePolicy, getPolicy, getPolicyByName, updatePolicy } from '@/lib/data/policies';
import { failure, invalidInput } from '@/lib/schemas/action-result';
import { createPolicyInputSchema, updatePolicyInputSchema } from '@/lib/schemas/arm-requests';

type Params = ArmParams & { policyName: string };

const policyTarget = (params: Params) => ({ type: 'policy', id: String(params.policyName).slice(0, 64), name: String(params.policyName).slice(0, 64) });
const missing = (name: string) => failure('not-found', `The policy '${String(name).slice(0, 100)}' does not exist in this vault.`);

/** replicationPolicies.get */
export const GET = armRoute<Params>('vault.read', async (_request, { grant, params, ids }) => {
  const policy = await getPolicyByName(grant.vault.id, params.policyName);
  return policy ? armJson(toArmPolicy(policy, grant.vault.location, ids)) : notFound('replicationPolicies', params.policyName);
});

/**
 * replicationPolicies.beginCreate: a forward policy (InMagePolicyInput) and, in the same
 * transaction, its failback policy "<name>-failback" with the fixed values. A name in
 * use is a conflict: an existing policy changes with PATCH.
 */
export const PUT = armWriteRoute<Params>(
  { permission: 'policies.write', operation: 'policy.create', target: policyTarget, targets: POLICY_TARGETS },
  async (body, { grant, params, ids }) => {
    const parsed = createPolicyInputSchema.safeParse(body);
    if (!parsed.success) return invalidInput(parsed.error);
    const created = await createForwardPolicy(grant.vault.id, toForwardPolicyInput(params.policyName, parsed.data));
    if (!created.ok) return created;
    const policy = await getPolicy(grant.vault.id, created.data.forwardPolicyId);
    return policy ? { ok: true, data: armJson(toArmPolicy(policy, grant.vault.location, ids), 201) } : missing(params.policyName);
  },
);

/** replicationPolicies.beginUpdate: the values given change, the others stay; a failback policy is refused. */
export const PATCH = armWriteRoute<Params>(
  { permission: 'policies.write', operation: 'policy.update', target: policyTarget, targets: POLICY_TARGETS },
  async (body, { grant, params, ids }) => {
    const parsed = updatePolicyInputSchema.safeParse(body);
    if (!parsed.success) return invalidInput(parsed.error);
    const policy = await getPolicyByName(grant.vault.id, params.policyName);
    if (!policy) return missing(params.policyName);
    const updated = await updatePolicy(grant.vault.id, policy.id, toPolicyPatch(parsed.data));
    return updated.ok ? { ok: true, data: armJson(toArmPolicy(updated.data, grant.vault.location, ids)) } : updated;
  },
);

/** replicationPolicies.beginDelete: a forward policy no VM uses, with its failback policy. */
export const DELETE = armWriteRoute<Params>({ permission: 'policies.write', operation: 'policy.delete', target: policyTarget }, async (_body, { grant, params }) => {
  const policy = await getPolicyByName(grant.vault.id, params.policyName);
  if (!policy) return missing(params.policyName);
  const deleted = await deletePolicy(grant.vault.id, policy.id);
  return deleted.ok ? { ok: true, data: new Response(null, { status: 200, headers: { 'Cache-Control': 'no-store' } }) } : deleted;
});
