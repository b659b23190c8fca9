import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DatastoreDetail } from '@/components/infrastructure/datastore-detail';
import { listDatastoreViews } from '@/lib/data/infrastructure-facts';
import { getVaultByName } from '@/lib/data/vaults';

export const metadata: Metadata = { title: 'Datastore' };

export default async function DatastorePage({ params }: { params: Promise<{ vaultName: string; datastoreId: string }> }) {
  const { vaultName, datastoreId } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) notFound();
  const ds = (await listDatastoreViews(vault.id)).find((datastore) => datastore.id === datastoreId);
  if (!ds) notFound();
  return <DatastoreDetail ds={ds} vaultName={vault.name} />;
}
