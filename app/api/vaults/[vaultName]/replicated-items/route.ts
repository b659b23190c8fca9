// GET /api/vaults/:vaultName/replicated-items – one page of the vault's replicated items (filters in the query string).
import { vaultRoute } from '@/lib/access/vault-route';
import { listReplicatedItems } from '@/lib/data/replicated-items';
import { freshJson, parseQuery } from '@/lib/http/vault-query';
import { parseReplicatedItemsQuery } from '@/lib/schemas/replicated-items';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute('vault.read', async (request, { grant }) => {
  const parsed = parseQuery(request, parseReplicatedItemsQuery);
  if ('response' in parsed) return parsed.response;
  return freshJson(await listReplicatedItems(grant.vault.id, parsed.query));
});
