import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { VaultShell } from '@/components/shell/vault-shell';
import { getVaultByName } from '@/lib/data/vaults';

interface VaultLayoutProps {
  params: Promise<{ vaultName: string }>;
  children: ReactNode;
}

export default async function VaultLayout({ params, children }: VaultLayoutProps) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) notFound();
  return <VaultShell vaultName={vault.name}>{children}</VaultShell>;
}
