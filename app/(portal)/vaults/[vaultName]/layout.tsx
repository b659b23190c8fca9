import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { VaultShell } from '@/components/shell/vault-shell';
import { getVaultByName } from '@/lib/data/vaults';

interface VaultLayoutProps {
  params: Promise<{ vaultName: string }>;
  children: ReactNode;
  /** The @crumb slot: the name a page of one plan or item adds to the breadcrumb. */
  crumb: ReactNode;
}

export default async function VaultLayout({ params, children, crumb }: VaultLayoutProps) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) notFound();
  return (
    <VaultShell vaultName={vault.name} currentCrumb={crumb}>
      {children}
    </VaultShell>
  );
}
