'use client';

import { useRouter } from 'next/navigation';
import { ReplicatedItemsView, type ReplicatedItemsViewProps } from '@/components/replicated-items/replicated-items-view';
import { usePermission } from '@/components/shell/vault-access';
import { ReprotectToolbarButton, reprotectRowCommand, reprotectHref } from './reprotect-command';

type Props = Omit<ReplicatedItemsViewProps, 'renderCommands' | 'rowCommands'>;

/** The Replicated items grid with Re-Protect in its command bar and in each row's context menu. */
export function ReplicatedItemsWithReprotect(props: Props) {
  const router = useRouter();
  const open = (itemId: string) => router.push(reprotectHref(itemId), { scroll: false });
  const roleReason = usePermission('items.reprotect').reason;
  return (
    <ReplicatedItemsView
      {...props}
      renderCommands={(selected) => <ReprotectToolbarButton item={selected} onOpen={() => selected && open(selected.id)} />}
      rowCommands={(item) => [reprotectRowCommand(item, () => open(item.id), roleReason)]}
    />
  );
}
