// GET /api/vaults/:vaultName/jobs – one page of the vault's jobs (filters in the query string; item= for one item's jobs), polled by the Jobs view.
import { vaultRoute } from '@/lib/access/vault-route';
import { listJobs } from '@/lib/data/jobs';
import { freshJson, parseQuery } from '@/lib/http/vault-query';
import { parseJobsApiQuery } from '@/lib/schemas/jobs';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute('vault.read', async (request, { grant }) => {
  const parsed = parseQuery(request, parseJobsApiQuery);
  if ('response' in parsed) return parsed.response;
  return freshJson(await listJobs(grant.vault.id, parsed.query));
});
