import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InfrastructureOverview } from '@/components/infrastructure/infrastructure-overview';
import { connectivityOf, listConfigurationServers, listVCenters } from '@/lib/data/infrastructure';
import { listDatastoreViews, listMasterTargetViews, listProcessServerViews } from '@/lib/data/infrastructure-facts';
import { getVaultByName } from '@/lib/data/vaults';

export const metadata: Metadata = { title: 'Site Recovery infrastructure' };

export default async function InfrastructurePage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) notFound();
  const [configurationServers, processServers, masterTargets, vcenters, datastores] = await Promise.all([
    listConfigurationServers(vault.id),
    listProcessServerViews(vault.id),
    listMasterTargetViews(vault.id),
    listVCenters(vault.id),
    listDatastoreViews(vault.id),
  ]);
  const connectivity = connectivityOf(vault);
  const data = { connectivity, configurationServers, processServers, masterTargets, vcenters, datastores };
  return <InfrastructureOverview data={data} vaultName={vault.name} now={new Date()} />;
}
