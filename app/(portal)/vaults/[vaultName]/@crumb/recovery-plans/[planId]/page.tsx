import { CurrentCrumb } from '@/components/shell/vault-page-heading';
import { getRecoveryPlanName } from '@/lib/data/page-names';
import { vaultForPage } from '@/lib/access/page-access';

/** The plan's name at the end of the breadcrumb: Home › vault › Recovery plans › rp-finance. */
export default async function RecoveryPlanCrumb({ params }: { params: Promise<{ vaultName: string; planId: string }> }) {
  const { vaultName, planId } = await params;
  const vault = await vaultForPage(vaultName);
  const name = await getRecoveryPlanName(vault.id, planId);
  return name ? <CurrentCrumb label={name} /> : null;
}
