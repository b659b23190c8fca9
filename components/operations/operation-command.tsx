'use client';

import { ToolbarButton, Tooltip } from '@fluentui/react-components';
import { ArrowSwap20Regular, CheckmarkCircle20Regular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { RowCommand } from '@/components/replicated-items/row-command';
import { OPERATION_LABELS, operationCommandState, type CycleItem } from '@/lib/domain/cycle/operations';

// Failover and Commit in a command bar and in a row's context menu, enabled by the
// cycle's table for the item's state and otherwise saying why, as Re-Protect does.

type Operation = 'UnplannedFailover' | 'Commit';

/** The search parameter that opens each operation's blade over the page. */
export const OPERATION_BLADE_PARAMS = { UnplannedFailover: 'failover', Commit: 'commit' } as const satisfies Record<Operation, string>;

const ICONS: Record<Operation, ReactElement> = {
  UnplannedFailover: <ArrowSwap20Regular />,
  Commit: <CheckmarkCircle20Regular />,
};

const NOTHING_SELECTED: Record<Operation, string> = {
  UnplannedFailover: 'Select a replicated item to fail over.',
  Commit: 'Select a replicated item whose failover to commit.',
};

/** The URL of the page the operator is on, with the operation's blade open for an item. */
export function operationHref(operation: Operation, itemId: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set(OPERATION_BLADE_PARAMS[operation], itemId);
  return `${url.pathname}${url.search}`;
}

export function OperationToolbarButton({ operation, item, onOpen }: { operation: Operation; item: CycleItem | null; onOpen(): void }) {
  const state = item ? operationCommandState(item, operation) : { enabled: false, reason: NOTHING_SELECTED[operation] };
  const button = (
    <ToolbarButton icon={ICONS[operation]} disabledFocusable={!state.enabled} onClick={() => state.enabled && onOpen()}>
      {OPERATION_LABELS[operation]}
    </ToolbarButton>
  );
  return state.reason ? (
    <Tooltip content={state.reason} relationship="description" withArrow>
      {button}
    </Tooltip>
  ) : (
    button
  );
}

export function operationRowCommand(operation: Operation, item: CycleItem, onOpen: () => void): RowCommand {
  const state = operationCommandState(item, operation);
  return {
    key: OPERATION_BLADE_PARAMS[operation],
    label: OPERATION_LABELS[operation],
    icon: ICONS[operation],
    disabledReason: state.enabled ? undefined : state.reason,
    onSelect: onOpen,
  };
}
