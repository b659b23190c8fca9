import type { Metadata } from 'next';
import { RecoveryPlansTable } from '@/components/recovery-plans/recovery-plans-table';
import { listRecoveryPlans } from '@/lib/data/recovery-plans';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Recovery plans' };

export default async function RecoveryPlansPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
  const plans = await listRecoveryPlans(vault.id);
  return <RecoveryPlansTable vaultName={vault.name} initialPlans={plans} />;
}
