'use client';

import { useOpenBlade } from '@/components/shell/use-blade-close';
import { OperationToolbarButton, operationHref, operationRowCommand } from '@/components/operations/operation-command';
import { ReplicatedItemsView, type ReplicatedItemsViewProps } from '@/components/replicated-items/replicated-items-view';
import { usePermission } from '@/components/shell/vault-access';
import { ReprotectToolbarButton, reprotectRowCommand, reprotectHref } from './reprotect-command';

type Props = Omit<ReplicatedItemsViewProps, 'renderCommands' | 'rowCommands'>;

/** The Replicated items grid with Re-Protect, Failover and Commit in its command bar and in each row's context menu. */
export function ReplicatedItemsWithReprotect(props: Props) {
  const go = useOpenBlade();
  const open = (itemId: string) => go(reprotectHref(itemId));
  const reprotectRoleReason = usePermission('items.reprotect').reason;
  const failoverRoleReason = usePermission('items.failover').reason;
  return (
    <ReplicatedItemsView
      {...props}
      renderCommands={(selected) => (
        <>
          <ReprotectToolbarButton item={selected} onOpen={() => selected && open(selected.id)} />
          <OperationToolbarButton operation="UnplannedFailover" item={selected} onOpen={() => selected && go(operationHref('UnplannedFailover', selected.id))} />
          <OperationToolbarButton operation="Commit" item={selected} onOpen={() => selected && go(operationHref('Commit', selected.id))} />
        </>
      )}
      rowCommands={(item) => [
        reprotectRowCommand(item, () => open(item.id), reprotectRoleReason),
        operationRowCommand('UnplannedFailover', item, () => go(operationHref('UnplannedFailover', item.id)), failoverRoleReason),
        operationRowCommand('Commit', item, () => go(operationHref('Commit', item.id)), failoverRoleReason),
      ]}
    />
  );
}
