// GET /api/vaults/:vaultName/recovery-plans/:planId – a plan's groups, machine states and latest reprotect (polled while it runs).
import { vaultRoute } from '@/lib/access/vault-route';
import { getRecoveryPlanDetail } from '@/lib/data/recovery-plans';
import { freshJson } from '@/lib/http/vault-query';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute<{ vaultName: string; planId: string }>('vault.read', async (_request, { grant, params: { planId } }) => {
  const plan = await getRecoveryPlanDetail(grant.vault.id, planId);
  if (!plan) return freshJson({ error: `Recovery plan '${planId.slice(0, 64)}' was not found` }, 404);
  return freshJson(plan);
});
