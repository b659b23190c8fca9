// GET /api/vaults/:vaultName/recovery-plans – the vault's recovery plans with their last job (polled while one runs).
import { vaultRoute } from '@/lib/access/vault-route';
import { listRecoveryPlans } from '@/lib/data/recovery-plans';
import { freshJson } from '@/lib/http/vault-query';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute('vault.read', async (_request, { grant }) => freshJson(await listRecoveryPlans(grant.vault.id)));
