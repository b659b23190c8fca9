// GET /api/vaults/:vaultName/activity-log/export – every entry the filters show, as a CSV download.
import { vaultRoute } from '@/lib/access/vault-route';
import { activityCsvChunks } from '@/lib/data/activity-log-list';
import { csvResponse } from '@/lib/http/csv-response';
import { parseQuery } from '@/lib/http/vault-query';
import { parseActivityQuery } from '@/lib/schemas/activity-log';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute('vault.export', async (request, { grant: { vault } }) => {
  const parsed = parseQuery(request, parseActivityQuery);
  if ('response' in parsed) return parsed.response;
  return csvResponse(activityCsvChunks(vault.id, parsed.query), `activity-log-${vault.name}-${new Date().toISOString().slice(0, 10)}.csv`);
});
