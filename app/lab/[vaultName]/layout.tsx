import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { LabShell } from '@/components/lab/lab-shell';
import { requireVaultAccess } from '@/lib/access/page-access';

export const metadata: Metadata = { title: { default: 'Site lab', template: '%s - Site lab' } };

interface LabLayoutProps {
  params: Promise<{ vaultName: string }>;
  children: ReactNode;
}

export default async function LabLayout({ params, children }: LabLayoutProps) {
  const { vaultName } = await params;
  const { vault, role, caller } = await requireVaultAccess(vaultName);
  return <LabShell access={{ vaultName: vault.name, role, userEmail: caller.email }}>{children}</LabShell>;
}
