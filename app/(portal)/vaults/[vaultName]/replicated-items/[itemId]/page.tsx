import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ItemOperationSlots } from '../../_blades/item-operation-slots';
import { ReprotectBladeSlot, withoutBlade } from '../../_blades/reprotect-blade-slot';
import { ItemDetailView } from '@/components/replicated-item/item-detail-view';
import { vaultPath } from '@/components/shell/vault-sections';
import { getReplicatedItemDetail } from '@/lib/data/replicated-item-detail';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Replicated item' };

interface ItemPageProps {
  params: Promise<{ vaultName: string; itemId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ReplicatedItemPage({ params, searchParams }: ItemPageProps) {
  const { vaultName, itemId } = await params;
  const raw = await searchParams;
  const vault = await vaultForPage(vaultName);
  const item = await getReplicatedItemDetail(vault.id, itemId);
  if (!item) notFound();
  const path = `${vaultPath(vault.name, 'replicated-items')}/${item.id}`;
  return (
    <>
      <ItemDetailView vaultName={vault.name} initial={item} />
      {raw.reprotect === item.id ? (
        <ReprotectBladeSlot vaultId={vault.id} vaultName={vault.name} itemId={item.id} closeHref={withoutBlade(path, raw)} />
      ) : null}
      <ItemOperationSlots vaultId={vault.id} vaultName={vault.name} params={raw} itemId={item.id} closeHref={withoutBlade(path, raw)} />
    </>
  );
}
