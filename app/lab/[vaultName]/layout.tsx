import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { LabShell } from '@/components/lab/lab-shell';
import { getVaultByName } from '@/lib/data/vaults';

export const metadata: Metadata = { title: { default: 'Site lab', template: '%s - Site lab' } };

interface LabLayoutProps {
  params: Promise<{ vaultName: string }>;
  children: ReactNode;
}

export default async function LabLayout({ params, children }: LabLayoutProps) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) notFound();
  return <LabShell vaultName={vault.name}>{children}</LabShell>;
}
