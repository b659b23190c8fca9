import type { Metadata } from 'next';
import { InfrastructureOverview } from '@/components/infrastructure/infrastructure-overview';
import { connectivityOf, listConfigurationServers, listVCenters } from '@/lib/data/infrastructure';
import { listDatastoreViews, listMasterTargetViews, listProcessServerViews } from '@/lib/data/infrastructure-facts';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Site Recovery infrastructure' };

export default async function InfrastructurePage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
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
