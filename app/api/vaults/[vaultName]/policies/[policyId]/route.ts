// GET/PATCH/DELETE /api/vaults/:vaultName/policies/:policyId – one policy; a failback policy answers 409 to any change.
import { namedId } from '@/lib/access/vault-action';
import { vaultRoute, vaultWriteRoute } from '@/lib/access/vault-route';
import { deletePolicy, getPolicy, updatePolicy } from '@/lib/data/policies';
import { freshJson } from '@/lib/http/vault-query';

export const dynamic = 'force-dynamic';

type Params = { vaultName: string; policyId: string };
const policyTarget = (params: Params) => namedId('policy', params.policyId);

export const GET = vaultRoute<Params>('vault.read', async (_request, { grant, params }) => {
  const policy = await getPolicy(grant.vault.id, params.policyId);
  if (!policy) return freshJson({ error: 'The policy does not exist in this vault.' }, 404);
  return freshJson(policy);
});

// The body's values are checked by the data layer, after a failback policy is refused whatever they are.
export const PATCH = vaultWriteRoute<Params, unknown>(
  { permission: 'policies.write', operation: 'policy.update', target: policyTarget, body: 'json' },
  async (_request, { grant, params, body }) => updatePolicy(grant.vault.id, params.policyId, body),
);

export const DELETE = vaultWriteRoute<Params, unknown>({ permission: 'policies.write', operation: 'policy.delete', target: policyTarget }, async (_request, { grant, params }) =>
  deletePolicy(grant.vault.id, params.policyId),
);
