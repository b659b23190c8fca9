import type { ReactNode } from 'react';
import { InfrastructureNav } from '@/components/infrastructure/infrastructure-nav';

interface InfrastructureLayoutProps {
  params: Promise<{ vaultName: string }>;
  children: ReactNode;
}

export default async function InfrastructureLayout({ params, children }: InfrastructureLayoutProps) {
  const { vaultName } = await params;
  return (
    <>
      <InfrastructureNav vaultName={vaultName} />
      {children}
    </>
  );
}
