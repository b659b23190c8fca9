// GET /api/vaults/:vaultName/policies – the vault's forward and failback replication policies.
import { freshJson, readVault, type VaultRouteContext } from '@/lib/http/vault-query';
import { listPolicies } from '@/lib/data/policies';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: VaultRouteContext) {
  const read = await readVault(params);
  if ('response' in read) return read.response;
  return freshJson({ policies: await listPolicies(read.vault.id) });
}
