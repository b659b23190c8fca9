import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProcessServerDetail } from '@/components/infrastructure/process-server-detail';
import { listProcessServerViews } from '@/lib/data/infrastructure-facts';
import { connectivityOf } from '@/lib/data/infrastructure';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Process server' };

export default async function ProcessServerPage({ params }: { params: Promise<{ vaultName: string; processServerId: string }> }) {
  const { vaultName, processServerId } = await params;
  const vault = await vaultForPage(vaultName);
  const ps = (await listProcessServerViews(vault.id)).find((server) => server.id === processServerId);
  if (!ps) notFound();
  const connectivity = connectivityOf(vault);
  return <ProcessServerDetail ps={ps} connectivity={connectivity} vaultName={vault.name} now={new Date()} />;
}
