// GET /api/vaults/:vaultName/jobs – one page of the vault's jobs (filters in the query string; item= for one item's jobs), polled by the Jobs view.
import type { NextRequest } from 'next/server';
import { freshJson, readVaultQuery, type VaultRouteContext } from '@/lib/http/vault-query';
import { listJobs } from '@/lib/data/jobs';
import { parseJobsApiQuery } from '@/lib/schemas/jobs';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: VaultRouteContext) {
  const read = await readVaultQuery(request, params, parseJobsApiQuery);
  if ('response' in read) return read.response;
  const { vault, query } = read;
  const page = await listJobs(vault.id, query);
  return freshJson(page);
}
