'use client';

import type { PositioningVirtualElement } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import dynamic from 'next/dynamic';
import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import styles from '@/components/lists/lists.module.css';
import { useRovingFocus } from '@/components/lists/use-roving-focus';
import { returnFocusAttribute } from '@/components/shell/return-focus';
import type { ReplicatedItemRow } from '@/lib/schemas/replicated-items-page';
import type { ReplicatedItemSortField, SortDirection } from '@/lib/schemas/replicated-items-params';
import { ITEM_COLUMNS, type ItemColumnKey } from './columns';
import {
  ActiveLocationCell,
  FailoverTimeCell,
  HealthCell,
  ItemNameCell,
  OsCell,
  ReplicationGroupCell,
  RpoCell,
  StatusCell,
} from './replicated-item-cells';
import type { RowCommand } from './row-command';

const CELLS: Record<ItemColumnKey, (item: ReplicatedItemRow, vaultName: string) => ReactNode> = {
  name: (item, vault) => <ItemNameCell vaultName={vault} item={item} />,
  health: (item) => <HealthCell item={item} />,
  status: (item) => <StatusCell item={item} />,
  location: (item) => <ActiveLocationCell item={item} />,
  os: (item) => <OsCell item={item} />,
  rpo: (item) => <RpoCell item={item} />,
  failover: (item) => <FailoverTimeCell item={item} />,
  group: (item) => <ReplicationGroupCell item={item} />,
};

export interface ReplicatedItemsTableProps {
  vaultName: string;
  items: ReplicatedItemRow[];
  sort: ReplicatedItemSortField;
  dir: SortDirection;
  busy: boolean;
  selectedId: string | null;
  onSelect: (item: ReplicatedItemRow) => void;
  onSortChange: (sort: ReplicatedItemSortField, dir: SortDirection) => void;
  /** The commands of a row's context menu. */
  rowCommands: (item: ReplicatedItemRow) => RowCommand[];
}

interface OpenMenu {
  item: ReplicatedItemRow;
  target: HTMLElement | PositioningVirtualElement;
  row: HTMLElement;
}

const loadRowContextMenu = () => import('./row-context-menu');
/** The menu's code (menus, focus management) is fetched when the operator reaches for the grid, not with the page. */
const RowContextMenu = dynamic(loadRowContextMenu, { ssr: false });

/** A point on screen for the context menu to open at, where the pointer was right-clicked. */
function pointAt(x: number, y: number): PositioningVirtualElement {
  return { getBoundingClientRect: () => ({ x, y, top: y, left: x, bottom: y, right: x, width: 0, height: 0 }) };
}

export function ReplicatedItemsTable(props: ReplicatedItemsTableProps) {
  const { vaultName, items, sort, dir, busy, selectedId, onSelect, onSortChange, rowCommands } = props;
  const rowNavigation = useRovingFocus<HTMLTableSectionElement>('vertical', ':scope > tr');
  const [menu, setMenu] = useState<OpenMenu | null>(null);

  function openMenu(item: ReplicatedItemRow, row: HTMLElement, target: OpenMenu['target']) {
    onSelect(item);
    setMenu({ item, row, target });
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, item: ReplicatedItemRow) {
    if (event.target !== event.currentTarget) return;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      onSelect(item);
    } else if (event.key === 'F10' && event.shiftKey) {
      event.preventDefault();
      openMenu(item, event.currentTarget, event.currentTarget);
    }
  }

  function onRowContextMenu(event: MouseEvent<HTMLTableRowElement>, item: ReplicatedItemRow) {
    event.preventDefault();
    const row = event.currentTarget;
    // The menu key reports no pointer position: anchor to the row instead.
    const fromKeyboard = event.clientX === 0 && event.clientY === 0;
    openMenu(item, row, fromKeyboard ? row : pointAt(event.clientX, event.clientY));
  }

  return (
    <div className={styles.scroller}>
      <table role="grid" aria-label="Replicated items" aria-busy={busy} className={styles.table} style={{ minWidth: '1100px' }}>
        <thead>
          <tr className={styles.headerRow}>
            {ITEM_COLUMNS.map((column) => {
              const sortField = column.sortField;
              const direction = sortField === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={direction}
                  className={[styles.headerCell, styles.strongHeader, sortField && styles.sortable].filter(Boolean).join(' ')}
                  style={{ width: column.width }}
                >
                  {sortField ? (
                    <button
                      type="button"
                      className={styles.sortButton}
                      onClick={() => onSortChange(sortField, sortField === sort && dir === 'asc' ? 'desc' : 'asc')}
                    >
                      {column.title}
                      {direction ? (
                        <span className={styles.sortIcon} aria-hidden>
                          {direction === 'ascending' ? <ArrowUpRegular /> : <ArrowDownRegular />}
                        </span>
                      ) : null}
                    </button>
                  ) : (
                    <div className={styles.headerContent}>{column.title}</div>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody {...rowNavigation} onPointerEnter={() => void loadRowContextMenu()} onFocusCapture={() => void loadRowContextMenu()}>
          {items.map((item) => (
            <tr
              key={item.id}
              {...returnFocusAttribute('item', item.id)}
              aria-selected={item.id === selectedId}
              className={`${styles.row} ${styles.interactive}`}
              onClick={() => onSelect(item)}
              onKeyDown={(event) => onRowKeyDown(event, item)}
              onContextMenu={(event) => onRowContextMenu(event, item)}
            >
              {ITEM_COLUMNS.map((column) => (
                <td key={column.key} role="gridcell" className={`${styles.cell} ${styles.truncate}`}>
                  {CELLS[column.key](item, vaultName)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {menu && (
        <RowContextMenu
          key={menu.item.id}
          target={menu.target}
          onClose={() => {
            menu.row.focus();
            setMenu(null);
          }}
          commands={rowCommands(menu.item)}
        />
      )}
    </div>
  );
}
