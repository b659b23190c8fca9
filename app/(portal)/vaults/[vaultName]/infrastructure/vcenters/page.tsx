import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { VCentersView } from '@/components/infrastructure/vcenters-view';
import { listVCenters } from '@/lib/data/infrastructure';
import { getVaultByName } from '@/lib/data/vaults';

export const metadata: Metadata = { title: 'vCenter servers and ESXi hosts' };

export default async function VCentersPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) notFound();
  return <VCentersView vcenters={await listVCenters(vault.id)} vaultName={vault.name} />;
}
