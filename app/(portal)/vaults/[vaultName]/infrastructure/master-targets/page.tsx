import type { Metadata } from 'next';
import { MasterTargetsTable } from '@/components/infrastructure/master-targets-table';
import { listMasterTargetViews } from '@/lib/data/infrastructure-facts';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Master target servers' };

export default async function MasterTargetsPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
  const masterTargets = await listMasterTargetViews(vault.id);
  return <MasterTargetsTable masterTargets={masterTargets} vaultName={vault.name} now={new Date()} />;
}
