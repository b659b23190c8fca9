import { CurrentCrumb } from '@/components/shell/vault-page-heading';
import { getRecoveryPlanName } from '@/lib/data/page-names';
import { getVaultByName } from '@/lib/data/vaults';

/** The plan's name at the end of the breadcrumb: Home › vault › Recovery plans › rp-finance. */
export default async function RecoveryPlanCrumb({ params }: { params: Promise<{ vaultName: string; planId: string }> }) {
  const { vaultName, planId } = await params;
  const vault = await getVaultByName(vaultName);
  const name = vault ? await getRecoveryPlanName(vault.id, planId) : null;
  return name ? <CurrentCrumb label={name} /> : null;
}
