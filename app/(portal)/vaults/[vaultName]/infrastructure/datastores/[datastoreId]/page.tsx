import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DatastoreDetail } from '@/components/infrastructure/datastore-detail';
import { listDatastoreViews } from '@/lib/data/infrastructure-facts';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Datastore' };

export default async function DatastorePage({ params }: { params: Promise<{ vaultName: string; datastoreId: string }> }) {
  const { vaultName, datastoreId } = await params;
  const vault = await vaultForPage(vaultName);
  const ds = (await listDatastoreViews(vault.id)).find((datastore) => datastore.id === datastoreId);
  if (!ds) notFound();
  return <DatastoreDetail ds={ds} vaultName={vault.name} />;
}
