// GET /api/vaults/:vaultName/replicated-items/:itemId/reprotect-validation – the reprotect dry run:
// every check against the current data, for the chosen values (any may be omitted). Changes nothing.
import { resultResponse, vaultRoute } from '@/lib/access/vault-route';
import { validateReprotect } from '@/lib/data/reprotect';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute<{ vaultName: string; itemId: string }>('reprotect.validate', async (request, { grant, params }) => {
  const query = Object.fromEntries(request.nextUrl.searchParams);
  return resultResponse(await validateReprotect(grant.vault.id, { direction: 'AzureToOnPremises', ...query, itemId: params.itemId }));
});
