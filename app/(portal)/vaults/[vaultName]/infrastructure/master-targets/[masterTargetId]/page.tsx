import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MasterTargetDetail } from '@/components/infrastructure/master-target-detail';
import { getMasterTargetView, listDatastoreViews } from '@/lib/data/infrastructure-facts';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Master target server' };

export default async function MasterTargetPage({ params }: { params: Promise<{ vaultName: string; masterTargetId: string }> }) {
  const { vaultName, masterTargetId } = await params;
  const vault = await vaultForPage(vaultName);
  const [mt, datastores] = await Promise.all([getMasterTargetView(vault.id, masterTargetId), listDatastoreViews(vault.id)]);
  if (!mt) notFound();
  return <MasterTargetDetail mt={mt} datastores={datastores} vaultName={vault.name} now={new Date()} />;
}
