import type { ReactNode } from 'react';
import { VaultShell } from '@/components/shell/vault-shell';
import { requireVaultAccess } from '@/lib/access/page-access';

interface VaultLayoutProps {
  params: Promise<{ vaultName: string }>;
  children: ReactNode;
  /** The @crumb slot: the name a page of one plan or item adds to the breadcrumb. */
  crumb: ReactNode;
}

export default async function VaultLayout({ params, children, crumb }: VaultLayoutProps) {
  const { vaultName } = await params;
  const { vault, role, caller } = await requireVaultAccess(vaultName);
  return (
    <VaultShell access={{ vaultName: vault.name, role, userEmail: caller.email }} currentCrumb={crumb}>
      {children}
    </VaultShell>
  );
}
