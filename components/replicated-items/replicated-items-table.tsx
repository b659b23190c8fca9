'use client';

import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  type PositioningVirtualElement,
} from '@fluentui/react-components';
import { useGridStyles } from '@/components/lists/grid-styles';
import { useRovingFocus } from '@/components/lists/use-roving-focus';
import { returnFocusAttribute } from '@/components/shell/return-focus';
import dynamic from 'next/dynamic';
import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { ReplicatedItemRow } from '@/lib/schemas/replicated-items-page';
import type { ReplicatedItemSortField, SortDirection } from '@/lib/schemas/replicated-items-params';
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

interface Column {
  key: string;
  title: string;
  sortField?: ReplicatedItemSortField;
  width: string;
  render: (item: ReplicatedItemRow, vaultName: string) => ReactNode;
}

const COLUMNS: Column[] = [
  { key: 'name', title: 'Name', sortField: 'name', width: '15%', render: (item, vault) => <ItemNameCell vaultName={vault} item={item} /> },
  { key: 'health', title: 'Replication health', sortField: 'health', width: '11%', render: (item) => <HealthCell item={item} /> },
  { key: 'status', title: 'Status', sortField: 'state', width: '13%', render: (item) => <StatusCell item={item} /> },
  { key: 'location', title: 'Active location', width: '9%', render: (item) => <ActiveLocationCell item={item} /> },
  { key: 'os', title: 'OS', sortField: 'os', width: '14%', render: (item) => <OsCell item={item} /> },
  { key: 'rpo', title: 'RPO', sortField: 'rpo', width: '8%', render: (item) => <RpoCell item={item} /> },
  { key: 'failover', title: 'Last failover time', sortField: 'failoverTime', width: '18%', render: (item) => <FailoverTimeCell item={item} /> },
  { key: 'group', title: 'Replication group', width: '12%', render: (item) => <ReplicationGroupCell item={item} /> },
];

/** Shared with the loading skeleton, so the placeholder has the grid's shape. */
export const COLUMN_WIDTHS = COLUMNS.map((column) => column.width);

const useStyles = makeStyles({
  table: { minWidth: '1100px', tableLayout: 'fixed' },
  row: { cursor: 'default' },
});

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
  const styles = useStyles();
  const grid = useGridStyles();
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
    <div className={grid.scroller}>
      <Table role="grid" sortable aria-label="Replicated items" aria-busy={busy} className={styles.table}>
        <TableHeader>
          <TableRow>
            {COLUMNS.map((column) => {
              const sortDirection = column.sortField === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined;
              const sortField = column.sortField;
              return (
                <TableHeaderCell
                  key={column.key}
                  className={grid.headerCell}
                  style={{ width: column.width }}
                  sortable={Boolean(sortField)}
                  sortDirection={sortDirection}
                  onClick={sortField ? () => onSortChange(sortField, sortField === sort && dir === 'asc' ? 'desc' : 'asc') : undefined}
                >
                  {column.title}
                </TableHeaderCell>
              );
            })}
          </TableRow>
        </TableHeader>
        <TableBody {...rowNavigation} onPointerEnter={() => void loadRowContextMenu()} onFocusCapture={() => void loadRowContextMenu()}>
          {items.map((item) => {
            const selected = item.id === selectedId;
            return (
              <TableRow
                key={item.id}
                {...returnFocusAttribute('item', item.id)}
                aria-selected={selected}
                appearance={selected ? 'brand' : 'none'}
                className={mergeClasses(grid.row, styles.row)}
                onClick={() => onSelect(item)}
                onKeyDown={(event) => onRowKeyDown(event, item)}
                onContextMenu={(event) => onRowContextMenu(event, item)}
              >
                {COLUMNS.map((column) => (
                  <TableCell key={column.key} role="gridcell" className={grid.cell}>
                    {column.render(item, vaultName)}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
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
