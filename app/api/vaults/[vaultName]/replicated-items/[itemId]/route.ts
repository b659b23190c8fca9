// GET /api/vaults/:vaultName/replicated-items/:itemId – one item with its recovery points and jobs.
import { vaultRoute } from '@/lib/access/vault-route';
import { getReplicatedItemDetail } from '@/lib/data/replicated-item-detail';
import { freshJson } from '@/lib/http/vault-query';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute<{ vaultName: string; itemId: string }>('vault.read', async (_request, { grant, params }) => {
  const item = await getReplicatedItemDetail(grant.vault.id, params.itemId);
  if (!item) return freshJson({ error: 'No such replicated item in this vault.' }, 404);
  return freshJson(item);
});
