import type { Metadata } from 'next';
import { InfrastructureTile } from '@/components/vault-overview/infrastructure-tile';
import { CycleStageTile } from '@/components/vault-overview/cycle-stage-tile';
import { ItemsByHealthTile, ItemsByStatusTile } from '@/components/vault-overview/item-status-tiles';
import { OverviewLayout } from '@/components/vault-overview/overview-layout';
import { RecentJobsTile } from '@/components/vault-overview/recent-jobs-tile';
import { VaultEssentials } from '@/components/vault-overview/vault-essentials';
import { getVaultOverview } from '@/lib/data/vault-overview';
import { vaultForPage } from '@/lib/access/page-access';

interface VaultOverviewPageProps {
  params: Promise<{ vaultName: string }>;
}

export async function generateMetadata({ params }: VaultOverviewPageProps): Promise<Metadata> {
  const { vaultName } = await params;
  return { title: vaultName };
}

export default async function VaultOverviewPage({ params }: VaultOverviewPageProps) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
  const overview = await getVaultOverview(vault.id);

  return (
    <OverviewLayout essentials={<VaultEssentials vault={vault} />}>
      <ItemsByStatusTile vaultName={vault.name} overview={overview} />
      <ItemsByHealthTile vaultName={vault.name} overview={overview} />
      <CycleStageTile overview={overview} />
      <InfrastructureTile vaultName={vault.name} health={overview.infrastructure} />
      <RecentJobsTile vaultName={vault.name} jobs={overview.recentJobs} counts={overview.jobCounts} />
    </OverviewLayout>
  );
}
