// GET /api/vaults/:vaultName/recovery-plans – the vault's recovery plans with their last job (polled while one runs).
import { freshJson, readVault, type VaultRouteContext } from '@/lib/http/vault-query';
import { listRecoveryPlans } from '@/lib/data/recovery-plans';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: VaultRouteContext) {
  const read = await readVault(params);
  if ('response' in read) return read.response;
  return freshJson(await listRecoveryPlans(read.vault.id));
}
