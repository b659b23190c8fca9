// GET /api/vaults/:vaultName/jobs/export – every job the filters show (all pages), as a CSV download.
import { vaultRoute } from '@/lib/access/vault-route';
import { jobsCsvChunks, jobsCsvFileName } from '@/lib/data/jobs-csv';
import { csvResponse } from '@/lib/http/csv-response';
import { parseQuery } from '@/lib/http/vault-query';
import { parseJobsApiQuery } from '@/lib/schemas/jobs';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute('vault.export', async (request, { grant: { vault } }) => {
  const parsed = parseQuery(request, parseJobsApiQuery);
  if ('response' in parsed) return parsed.response;
  return csvResponse(jobsCsvChunks(vault.id, parsed.query), jobsCsvFileName(vault.name, new Date()));
});
