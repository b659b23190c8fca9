'use client';

import { MenuItem } from '@fluentui/react-components';
import { useRouter } from 'next/navigation';
import { ReplicatedItemsView, type ReplicatedItemsViewProps } from '@/components/replicated-items/replicated-items-view';
import { itemHref } from '@/components/replicated-items/replicated-item-cells';
import { ReprotectMenuItem, ReprotectToolbarButton, reprotectHref } from './reprotect-command';

type Props = Omit<ReplicatedItemsViewProps, 'renderCommands' | 'rowMenuItems'>;

/** The Replicated items grid with Re-Protect in its command bar and in each row's context menu. */
export function ReplicatedItemsWithReprotect(props: Props) {
  const router = useRouter();
  const open = (itemId: string) => router.push(reprotectHref(itemId), { scroll: false });
  return (
    <ReplicatedItemsView
      {...props}
      renderCommands={(selected) => <ReprotectToolbarButton item={selected} onOpen={() => selected && open(selected.id)} />}
      rowMenuItems={(item) => (
        <>
          <MenuItem onClick={() => router.push(itemHref(props.vaultName, item.id))}>Open</MenuItem>
          <ReprotectMenuItem item={item} onOpen={() => open(item.id)} />
        </>
      )}
    />
  );
}
