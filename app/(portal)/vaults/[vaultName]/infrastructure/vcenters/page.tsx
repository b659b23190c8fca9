import type { Metadata } from 'next';
import { VCentersView } from '@/components/infrastructure/vcenters-view';
import { listVCenters } from '@/lib/data/infrastructure';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'vCenter servers and ESXi hosts' };

export default async function VCentersPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
  return <VCentersView vcenters={await listVCenters(vault.id)} vaultName={vault.name} />;
}
