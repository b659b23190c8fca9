// GET /api/vaults/:vaultName/replicated-items/:itemId/reprotect-validation – the reprotect dry run:
// every check against the current data, for the chosen values (any may be omitted). Changes nothing.
// The answer is the whole result ({ ok, data } or { ok: false, error }), refusal or not.
import { vaultRoute } from '@/lib/access/vault-route';
import { validateReprotect } from '@/lib/data/reprotect';
import { freshJson } from '@/lib/http/vault-query';
import { HTTP_STATUS } from '@/lib/schemas/action-result';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute<{ vaultName: string; itemId: string }>('reprotect.validate', async (request, { grant, params }) => {
  const query = Object.fromEntries(request.nextUrl.searchParams);
  const result = await validateReprotect(grant.vault.id, { direction: 'AzureToOnPremises', ...query, itemId: params.itemId });
  return freshJson(result, result.ok ? 200 : HTTP_STATUS[result.error.kind]);
});
