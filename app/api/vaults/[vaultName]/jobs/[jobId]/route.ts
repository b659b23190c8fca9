// GET /api/vaults/:vaultName/jobs/:jobId – one job with its tasks and errors, polled by the job blade while it runs.
import { NextResponse } from 'next/server';
import { getJobDetail } from '@/lib/data/jobs';
import { getVaultByName } from '@/lib/data/vaults';
import { jobIdSchema } from '@/lib/schemas/jobs';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ vaultName: string; jobId: string }>;
}

export async function GET(_request: Request, { params }: RouteContext) {
  const { vaultName, jobId } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) {
    return NextResponse.json({ error: `Vault '${vaultName}' was not found` }, { status: 404 });
  }
  const id = jobIdSchema.safeParse(jobId);
  const job = id.success ? await getJobDetail(vault.id, id.data) : null;
  if (!job) {
    return NextResponse.json({ error: `Job '${jobId}' was not found in vault '${vault.name}'` }, { status: 404 });
  }
  return NextResponse.json(job, { headers: { 'Cache-Control': 'no-store' } });
}
