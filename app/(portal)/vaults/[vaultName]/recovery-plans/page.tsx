import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecoveryPlansTable } from '@/components/recovery-plans/recovery-plans-table';
import { listRecoveryPlans } from '@/lib/data/recovery-plans';
import { getVaultByName } from '@/lib/data/vaults';

export const metadata: Metadata = { title: 'Recovery plans' };

export default async function RecoveryPlansPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) notFound();
  const plans = await listRecoveryPlans(vault.id);
  return <RecoveryPlansTable vaultName={vault.name} initialPlans={plans} />;
}
