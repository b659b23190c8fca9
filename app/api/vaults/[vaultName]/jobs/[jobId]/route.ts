// GET /api/vaults/:vaultName/jobs/:jobId – one job with its tasks and errors, polled by the job blade while it runs.
import { freshJson, readVault, type VaultRouteContext } from '@/lib/http/vault-query';
import { getJobDetail } from '@/lib/data/jobs-detail';
import { jobIdSchema } from '@/lib/schemas/jobs';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: VaultRouteContext<{ jobId: string }>) {
  const read = await readVault(params);
  if ('response' in read) return read.response;
  const { vault, params: { jobId } } = read;
  const id = jobIdSchema.safeParse(jobId);
  const job = id.success ? await getJobDetail(vault.id, id.data) : null;
  if (!job) return freshJson({ error: `Job '${jobId}' was not found in vault '${vault.name}'` }, 404);
  return freshJson(job);
}
