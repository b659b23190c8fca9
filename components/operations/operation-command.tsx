'use client';

import { ArrowSwap20Regular, CheckmarkCircle20Regular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { RowCommand } from '@/components/replicated-items/row-command';
import { returnFocusAttribute } from '@/components/shell/return-focus';
import { CommandButton } from '@/components/ui/buttons';
import { usePermission } from '@/components/shell/vault-access';
import { OPERATION_LABELS, operationCommandState, type CycleItem } from '@/lib/domain/cycle/operations';

// Failover and Commit in a command bar and in a row's context menu: the caller's role
// first (both need failover rights), then the cycle's table for the item's state, each
// saying why the command is off, as Re-Protect does.

type Operation = 'UnplannedFailover' | 'Commit';

/** The search parameter that opens each operation's blade over the page. */
export const OPERATION_BLADE_PARAMS = { UnplannedFailover: 'failover', Commit: 'commit' } as const satisfies Record<Operation, string>;

/** Where focus goes back to when the operation's blade closes over a page without the item's row. */
export const OPERATION_COMMAND_FOCUS = { UnplannedFailover: 'failover-command', Commit: 'commit-command' } as const satisfies Record<Operation, string>;

const ICONS: Record<Operation, ReactElement> = {
  UnplannedFailover: <ArrowSwap20Regular />,
  Commit: <CheckmarkCircle20Regular />,
};

const NOTHING_SELECTED: Record<Operation, string> = {
  UnplannedFailover: 'Select a replicated item to fail over.',
  Commit: 'Select a replicated item whose failover to commit.',
};

const DESCRIPTIONS: Record<Operation, string> = {
  UnplannedFailover: 'Fail the selected VM over from Azure to the on-premises site.',
  Commit: 'Commit the failover of the selected VM.',
};

/** The URL of the page the operator is on, with the operation's blade open for an item. */
export function operationHref(operation: Operation, itemId: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set(OPERATION_BLADE_PARAMS[operation], itemId);
  return `${url.pathname}${url.search}`;
}

function commandState(operation: Operation, item: CycleItem | null, roleReason: string | null): { enabled: boolean; reason?: string } {
  if (roleReason) return { enabled: false, reason: roleReason };
  return item ? operationCommandState(item, operation) : { enabled: false, reason: NOTHING_SELECTED[operation] };
}

export function OperationToolbarButton({ operation, item, onOpen }: { operation: Operation; item: CycleItem | null; onOpen(): void }) {
  const state = commandState(operation, item, usePermission('items.failover').reason);
  // Always with a hint, so that the button is not re-created (losing focus) when its reason comes or goes.
  return (
    <CommandButton
      icon={ICONS[operation]}
      disabledFocusable={!state.enabled}
      hint={state.reason ?? DESCRIPTIONS[operation]}
      onClick={() => state.enabled && onOpen()}
      {...returnFocusAttribute(OPERATION_COMMAND_FOCUS[operation])}
    >
      {OPERATION_LABELS[operation]}
    </CommandButton>
  );
}

/** The operation in a row's context menu, disabled with the reason when the role or the item's state does not allow it. */
export function operationRowCommand(operation: Operation, item: CycleItem, onOpen: () => void, roleReason: string | null): RowCommand {
  const state = commandState(operation, item, roleReason);
  return {
    key: OPERATION_BLADE_PARAMS[operation],
    label: OPERATION_LABELS[operation],
    icon: ICONS[operation],
    disabledReason: state.enabled ? undefined : state.reason,
    onSelect: onOpen,
  };
}
