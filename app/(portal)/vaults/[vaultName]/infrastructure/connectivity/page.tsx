import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConnectivityView } from '@/components/infrastructure/connectivity-view';
import { connectivityOf } from '@/lib/data/infrastructure';
import { getVaultByName } from '@/lib/data/vaults';

export const metadata: Metadata = { title: 'Network connectivity' };

export default async function ConnectivityPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) notFound();
  const connectivity = connectivityOf(vault);
  return <ConnectivityView connectivity={connectivity} vaultName={vault.name} />;
}
