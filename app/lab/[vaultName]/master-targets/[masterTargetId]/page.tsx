import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LabMasterTarget } from '@/components/lab/lab-master-target';
import { getMasterTargetView } from '@/lib/data/infrastructure-facts';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Master target' };

export default async function LabMasterTargetPage({ params }: { params: Promise<{ vaultName: string; masterTargetId: string }> }) {
  const { vaultName, masterTargetId } = await params;
  const vault = await vaultForPage(vaultName);
  const mt = await getMasterTargetView(vault.id, masterTargetId);
  if (!mt) notFound();
  return <LabMasterTarget vaultName={vault.name} mt={mt} />;
}
