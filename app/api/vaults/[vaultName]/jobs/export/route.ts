// GET /api/vaults/:vaultName/jobs/export – every job the filters show (all pages), as a CSV download.
import type { NextRequest } from 'next/server';
import { readVaultQuery, type VaultRouteContext } from '@/lib/http/vault-query';
import { jobsCsvChunks, jobsCsvFileName } from '@/lib/data/jobs-csv';
import { parseJobsApiQuery } from '@/lib/schemas/jobs';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: VaultRouteContext) {
  const read = await readVaultQuery(request, params, parseJobsApiQuery);
  if ('response' in read) return read.response;
  const { vault, query } = read;
  // Streamed batch by batch: a vault with a hundred thousand jobs is never held in memory at once.
  const chunks = jobsCsvChunks(vault.id, query);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${jobsCsvFileName(vault.name, new Date())}"`,
      'Cache-Control': 'no-store',
    },
  });
}
