// GET/PATCH/DELETE /api/vaults/:vaultName/policies/:policyId – one policy; a failback policy answers 409 to any change.
import { freshJson, readVault, type VaultRouteContext } from '@/lib/http/vault-query';
import { deletePolicy, getPolicy, updatePolicy } from '@/lib/data/policies';
import { HTTP_STATUS, type ActionResult } from '@/lib/schemas/action-result';

export const dynamic = 'force-dynamic';

type Context = VaultRouteContext<{ policyId: string }>;

function answer<T>(result: ActionResult<T>) {
  if (result.ok) return freshJson(result.data);
  const { kind, message, fieldErrors } = result.error;
  return freshJson({ error: message, kind, fieldErrors }, HTTP_STATUS[kind]);
}

export async function GET(_request: Request, { params }: Context) {
  const read = await readVault(params);
  if ('response' in read) return read.response;
  const policy = await getPolicy(read.vault.id, read.params.policyId);
  if (!policy) return freshJson({ error: 'The policy does not exist in this vault.' }, 404);
  return freshJson(policy);
}

export async function PATCH(request: Request, { params }: Context) {
  const read = await readVault(params);
  if ('response' in read) return read.response;
  // The body is read as-is: a failback policy is refused before its content matters.
  const body: unknown = await request.json().catch(() => undefined);
  return answer(await updatePolicy(read.vault.id, read.params.policyId, body ?? null));
}

export async function DELETE(_request: Request, { params }: Context) {
  const read = await readVault(params);
  if ('response' in read) return read.response;
  return answer(await deletePolicy(read.vault.id, read.params.policyId));
}
