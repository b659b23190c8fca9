// GET /api/vaults/:vaultName/recovery-plans/:planId – a plan's groups, machine states and latest reprotect (polled while it runs).
import { freshJson, readVault, type VaultRouteContext } from '@/lib/http/vault-query';
import { getRecoveryPlanDetail } from '@/lib/data/recovery-plans';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: VaultRouteContext<{ planId: string }>) {
  const read = await readVault(params);
  if ('response' in read) return read.response;
  const { planId } = read.params;
  const plan = await getRecoveryPlanDetail(read.vault.id, planId);
  if (!plan) return freshJson({ error: `Recovery plan '${planId}' was not found` }, 404);
  return freshJson(plan);
}
