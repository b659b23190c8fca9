import type { Metadata } from 'next';
import { ConnectivityView } from '@/components/infrastructure/connectivity-view';
import { connectivityOf } from '@/lib/data/infrastructure';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Network connectivity' };

export default async function ConnectivityPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
  const connectivity = connectivityOf(vault);
  return <ConnectivityView connectivity={connectivity} vaultName={vault.name} />;
}
