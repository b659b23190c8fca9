import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { vaultPath } from '@/components/shell/vault-sections';
import { ItemOperationSlots } from '../_blades/item-operation-slots';
import { ReprotectBladeSlot, withoutBlade } from '../_blades/reprotect-blade-slot';
import { ReplicatedItemsWithReprotect } from '@/components/reprotect/replicated-items-with-reprotect';
import { listReplicatedItems } from '@/lib/data/replicated-items';
import { vaultForPage } from '@/lib/access/page-access';
import { parseReplicatedItemsQuery, type RawSearchParams } from '@/lib/schemas/replicated-items';
import { replicatedItemsHref } from '@/lib/schemas/replicated-items-params';

export const metadata: Metadata = { title: 'Replicated items' };

interface ReplicatedItemsPageProps {
  params: Promise<{ vaultName: string }>;
  searchParams: Promise<RawSearchParams>;
}

export default async function ReplicatedItemsPage({ params, searchParams }: ReplicatedItemsPageProps) {
  const { vaultName } = await params;
  const raw = await searchParams;
  const vault = await vaultForPage(vaultName);
  const listPath = vaultPath(vault.name, 'replicated-items');

  const parsed = parseReplicatedItemsQuery(raw);
  if (!parsed.success) {
    // A hand-edited or outdated link: drop the parameters that do not parse and show the rest.
    const invalid = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    const kept = Object.fromEntries(Object.entries(raw).filter(([name]) => !invalid.has(name)));
    const fallback = parseReplicatedItemsQuery(kept);
    redirect(fallback.success ? replicatedItemsHref(listPath, fallback.data) : listPath);
  }

  const page = await listReplicatedItems(vault.id, parsed.data);
  if (page.page !== parsed.data.page) {
    redirect(replicatedItemsHref(listPath, { ...parsed.data, page: page.page }));
  }

  const reprotectItemId = typeof raw.reprotect === 'string' ? raw.reprotect : undefined;
  return (
    <>
      <ReplicatedItemsWithReprotect vaultName={vault.name} initialQuery={parsed.data} initialPage={page} />
      {reprotectItemId ? (
        <ReprotectBladeSlot
          vaultId={vault.id}
          vaultName={vault.name}
          itemId={reprotectItemId}
          closeHref={withoutBlade(listPath, raw)}
        />
      ) : null}
      <ItemOperationSlots vaultId={vault.id} vaultName={vault.name} params={raw} closeHref={withoutBlade(listPath, raw)} />
    </>
  );
}
