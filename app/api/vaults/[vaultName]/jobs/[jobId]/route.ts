// GET /api/vaults/:vaultName/jobs/:jobId – one job with its tasks and errors, polled by the job blade while it runs.
import { vaultRoute } from '@/lib/access/vault-route';
import { getJobDetail } from '@/lib/data/jobs-detail';
import { freshJson } from '@/lib/http/vault-query';
import { jobIdSchema } from '@/lib/schemas/jobs';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute<{ vaultName: string; jobId: string }>('vault.read', async (_request, { grant: { vault }, params: { jobId } }) => {
  const id = jobIdSchema.safeParse(jobId);
  const job = id.success ? await getJobDetail(vault.id, id.data) : null;
  if (!job) return freshJson({ error: `Job '${jobId.slice(0, 64)}' was not found in vault '${vault.name}'` }, 404);
  return freshJson(job);
});
