import type { Metadata } from 'next';
import { AccessControlView } from '@/components/access-control/access-control-view';
import { vaultForPage } from '@/lib/access/page-access';
import { listRoleAssignments } from '@/lib/data/auth/role-assignments';

export const metadata: Metadata = { title: 'Access control (IAM)' };

export default async function AccessControlPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
  return <AccessControlView vaultName={vault.name} assignments={await listRoleAssignments(vault.id)} />;
}
