import type { Metadata } from 'next';
import { ConfigurationServersTable } from '@/components/infrastructure/configuration-servers-table';
import { listConfigurationServers } from '@/lib/data/infrastructure';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Configuration servers' };

export default async function ConfigurationServersPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
  const servers = await listConfigurationServers(vault.id);
  return <ConfigurationServersTable servers={servers} now={new Date()} />;
}
