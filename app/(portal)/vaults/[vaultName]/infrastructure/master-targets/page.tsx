import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MasterTargetsTable } from '@/components/infrastructure/master-targets-table';
import { listMasterTargetViews } from '@/lib/data/infrastructure-facts';
import { getVaultByName } from '@/lib/data/vaults';

export const metadata: Metadata = { title: 'Master target servers' };

export default async function MasterTargetsPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) notFound();
  const masterTargets = await listMasterTargetViews(vault.id);
  return <MasterTargetsTable masterTargets={masterTargets} vaultName={vault.name} now={new Date()} />;
}
