// GET /api/vaults/:vaultName/activity-log – a page of the vault's activity log, newest first (filters in the query string).
import { vaultRoute } from '@/lib/access/vault-route';
import { listActivity } from '@/lib/data/activity-log-list';
import { freshJson, parseQuery } from '@/lib/http/vault-query';
import { parseActivityQuery } from '@/lib/schemas/activity-log';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute('vault.read', async (request, { grant }) => {
  const parsed = parseQuery(request, parseActivityQuery);
  if ('response' in parsed) return parsed.response;
  return freshJson(await listActivity(grant.vault.id, parsed.query));
});
