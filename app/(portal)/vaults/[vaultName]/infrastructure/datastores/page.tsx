import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DatastoresTable } from '@/components/infrastructure/datastores-table';
import { listDatastoreViews } from '@/lib/data/infrastructure-facts';
import { getVaultByName } from '@/lib/data/vaults';

export const metadata: Metadata = { title: 'Datastores' };

export default async function DatastoresPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) notFound();
  return <DatastoresTable datastores={await listDatastoreViews(vault.id)} vaultName={vault.name} />;
}
