import type { Metadata } from 'next';
import { DatastoresTable } from '@/components/infrastructure/datastores-table';
import { listDatastoreViews } from '@/lib/data/infrastructure-facts';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Datastores' };

export default async function DatastoresPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
  return <DatastoresTable datastores={await listDatastoreViews(vault.id)} vaultName={vault.name} />;
}
