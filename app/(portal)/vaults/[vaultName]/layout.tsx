import type { ReactNode } from 'react';
import { VaultShell } from '@/components/shell/vault-shell';
import { requireVaultAccess } from '@/lib/access/page-access';

interface VaultLayoutProps {
  params: Promise<{ vaultName: string }>;
  children: ReactNode;
}

export default async function VaultLayout({ params, children }: VaultLayoutProps) {
  const { vaultName } = await params;
  const { vault, role, caller } = await requireVaultAccess(vaultName);
  return <VaultShell access={{ vaultName: vault.name, role, userEmail: caller.email }}>{children}</VaultShell>;
}
