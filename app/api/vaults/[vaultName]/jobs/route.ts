// GET /api/vaults/:vaultName/jobs – one page of the vault's jobs (filters in the query string), polled by the Jobs view.
import { NextResponse, type NextRequest } from 'next/server';
import { listJobs } from '@/lib/data/jobs';
import { getVaultByName } from '@/lib/data/vaults';
import { parseJobsQuery } from '@/lib/schemas/jobs';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ vaultName: string }>;
}

export async function GET(request: NextRequest, { params }: RouteContext) {
  const parsed = parseJobsQuery(request.nextUrl.searchParams);
  if (!parsed.success) {
    return NextResponse.json({ error: 'Invalid query', issues: parsed.error.issues }, { status: 400 });
  }
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) {
    return NextResponse.json({ error: `Vault '${vaultName}' was not found` }, { status: 404 });
  }
  const page = await listJobs(vault.id, parsed.data);
  return NextResponse.json(page, { headers: { 'Cache-Control': 'no-store' } });
}
