'use client';

import { ArrowSyncCircle20Regular } from '@fluentui/react-icons';
import type { RowCommand } from '@/components/replicated-items/row-command';
import { returnFocusAttribute } from '@/components/shell/return-focus';
import { CommandButton } from '@/components/ui/buttons';
import { usePermission } from '@/components/shell/vault-access';
import { reprotectCommandState } from '@/lib/domain/reprotect/item-rules';

/** Where focus goes back to when the blade closes over a page without the item's row. */
export const REPROTECT_COMMAND_FOCUS = 'reprotect-command';

interface Target {
  name: string;
  protectionState: Parameters<typeof reprotectCommandState>[0]['protectionState'];
  activeLocation: Parameters<typeof reprotectCommandState>[0]['activeLocation'];
}

/** The URL of the page the operator is on, with the Re-Protect blade open for an item. */
export function reprotectHref(itemId: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set('reprotect', itemId);
  return `${url.pathname}${url.search}`;
}

const NOTHING_SELECTED = 'Select a replicated item to reprotect.';

/** Whether Re-Protect applies: the caller's role first (a Reader never may), then the item's state. */
function commandState(item: Target | null, roleReason: string | null): { enabled: boolean; reason?: string } {
  if (roleReason) return { enabled: false, reason: roleReason };
  return item ? reprotectCommandState(item) : { enabled: false, reason: NOTHING_SELECTED };
}

/** Re-Protect in a command bar: enabled only when the role and the item's state allow it, else says why. */
export function ReprotectToolbarButton({ item, onOpen }: { item: Target | null; onOpen(): void }) {
  const state = commandState(item, usePermission('items.reprotect').reason);
  // Always with a hint, so that the button is not re-created (losing focus) when its reason comes or goes.
  return (
    <CommandButton
      icon={<ArrowSyncCircle20Regular />}
      disabledFocusable={!state.enabled}
      hint={state.reason ?? (item?.activeLocation === 'Primary' ? 'Reprotect the selected VM from the on-premises site to Azure.' : 'Reprotect the selected VM back to the on-premises site.')}
      onClick={() => state.enabled && onOpen()}
      {...returnFocusAttribute(REPROTECT_COMMAND_FOCUS)}
    >
      Re-Protect
    </CommandButton>
  );
}

/** Re-Protect in a row's context menu, disabled with the reason when the role or the item's state does not allow it. */
export function reprotectRowCommand(item: Target, onOpen: () => void, roleReason: string | null): RowCommand {
  const state = commandState(item, roleReason);
  return { key: 'reprotect', label: 'Re-Protect', icon: <ArrowSyncCircle20Regular />, disabledReason: state.enabled ? undefined : state.reason, onSelect: onOpen };
}
