import type { Metadata } from 'next';
import { ProcessServersTable } from '@/components/infrastructure/process-servers-table';
import { listProcessServerViews } from '@/lib/data/infrastructure-facts';
import { connectivityOf } from '@/lib/data/infrastructure';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Process servers' };

export default async function ProcessServersPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
  const servers = await listProcessServerViews(vault.id);
  const connectivity = connectivityOf(vault);
  return <ProcessServersTable servers={servers} connectivity={connectivity} vaultName={vault.name} now={new Date()} />;
}
