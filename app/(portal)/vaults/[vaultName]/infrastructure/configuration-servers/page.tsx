import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConfigurationServersTable } from '@/components/infrastructure/configuration-servers-table';
import { listConfigurationServers } from '@/lib/data/infrastructure';
import { getVaultByName } from '@/lib/data/vaults';

export const metadata: Metadata = { title: 'Configuration servers' };

export default async function ConfigurationServersPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) notFound();
  const servers = await listConfigurationServers(vault.id);
  return <ConfigurationServersTable servers={servers} now={new Date()} />;
}
