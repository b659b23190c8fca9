import type { Metadata } from 'next';
import { CreatePolicyBladeLazy, EditPolicyBladeLazy } from '@/components/policies/create-policy-blade-lazy';
import { PoliciesCommandBar } from '@/components/policies/policies-command-bar';
import { PoliciesTable } from '@/components/policies/policies-table';
import { vaultPath } from '@/components/shell/vault-sections';
import { listPolicies } from '@/lib/data/policies';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Policies' };

interface PoliciesPageProps {
  params: Promise<{ vaultName: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function PoliciesPage({ params, searchParams }: PoliciesPageProps) {
  const { vaultName } = await params;
  const { create, edit } = await searchParams;
  const vault = await vaultForPage(vaultName);
  const policies = await listPolicies(vault.id);
  const path = vaultPath(vault.name, 'policies');
  return (
    <>
      <PoliciesCommandBar createHref={`${path}?create=forward`} />
      <PoliciesTable policies={policies} listPath={path} />
      {create === 'forward' ? <CreatePolicyBladeLazy vaultName={vault.name} closeHref={path} /> : null}
      {typeof edit === 'string' ? (
        <EditPolicyBladeLazy key={edit} vaultName={vault.name} policy={policies.find((policy) => policy.id === edit) ?? null} closeHref={path} />
      ) : null}
    </>
  );
}
