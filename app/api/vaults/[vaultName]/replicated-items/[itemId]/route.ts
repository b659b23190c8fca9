// GET /api/vaults/:vaultName/replicated-items/:itemId – one item with its recovery points and jobs.
import { freshJson, readVault, type VaultRouteContext } from '@/lib/http/vault-query';
import { getReplicatedItemDetail } from '@/lib/data/replicated-item-detail';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: VaultRouteContext<{ itemId: string }>) {
  const read = await readVault(params);
  if ('response' in read) return read.response;
  const item = await getReplicatedItemDetail(read.vault.id, read.params.itemId);
  if (!item) return freshJson({ error: 'No such replicated item in this vault.' }, 404);
  return freshJson(item);
}
