'use client';

import { ListEmpty, ListLoadError, ListLoadingBar } from '@/components/lists/list-states';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { HydrationGroup } from '@/components/lists/hydration-group';
import type { ReplicatedItemsFilters, ReplicatedItemsQuery } from '@/lib/schemas/replicated-items';
import type { ReplicatedItemRow, ReplicatedItemsPage } from '@/lib/schemas/replicated-items-page';
import { itemHref } from './replicated-item-cells';
import { ListCommandBar } from '@/components/lists/list-command-bar';
import { ReplicatedItemsFilterBar } from './replicated-items-filters';
import { ListPager } from '@/components/lists/list-pager';
import type { RowCommand } from './row-command';
import { ReplicatedItemsTable } from './replicated-items-table';
import { useReplicatedItemsPage, useReplicatedItemsUrlQuery } from './use-replicated-items';


export interface ReplicatedItemsViewProps {
  vaultName: string;
  /** The query the server rendered, and its page: shown without a request on first load. */
  initialQuery: ReplicatedItemsQuery;
  initialPage: ReplicatedItemsPage;
  /** Extra command bar buttons; they receive the selected row (null when none). */
  renderCommands?: (selectedItem: ReplicatedItemRow | null) => ReactNode;
  /** Called with the selected row, and again whenever its data changes or it leaves the list. */
  onSelectionChange?: (selectedItem: ReplicatedItemRow | null) => void;
  /** Commands of a row's context menu after "Open". */
  rowCommands?: (item: ReplicatedItemRow) => RowCommand[];
}

export function ReplicatedItemsView(props: ReplicatedItemsViewProps) {
  const { vaultName, initialQuery, initialPage, renderCommands, onSelectionChange, rowCommands } = props;
  const router = useRouter();
  const { query, setQuery } = useReplicatedItemsUrlQuery(initialQuery);
  const result = useReplicatedItemsPage(vaultName, query, { query: initialQuery, page: initialPage });
  const page = result.data ?? initialPage;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selectedItem = page.items.find((item) => item.id === selectedId) ?? null;

  // The parent hears about the selected row whenever it changes, including fresher data
  // for the same row after a refresh (React Query keeps unchanged rows referentially equal).
  const notifiedItem = useRef<ReplicatedItemRow | null>(null);
  useEffect(() => {
    if (notifiedItem.current === selectedItem) return;
    notifiedItem.current = selectedItem;
    onSelectionChange?.(selectedItem);
  }, [selectedItem, onSelectionChange]);

  const changeQuery = useCallback(
    (next: ReplicatedItemsQuery) => {
      setSelectedId(null);
      setQuery(next);
    },
    [setQuery],
  );
  const changeFilters = useCallback(
    // Each filter is set explicitly, so that a missing one is cleared rather than kept.
    (filters: ReplicatedItemsFilters) =>
      changeQuery({ ...query, q: filters.q, state: filters.state, os: filters.os, page: 1 }),
    [changeQuery, query],
  );

  const commandsFor = (item: ReplicatedItemRow): RowCommand[] => [
    { key: 'open', label: 'Open', onSelect: () => router.push(itemHref(vaultName, item.id)) },
    ...(rowCommands?.(item) ?? []),
  ];
  const loadingNewPage = result.isFetching && result.isPlaceholderData;
  const filters = { q: query.q, state: query.state, os: query.os };

  return (
    <HydrationGroup>
      <ListCommandBar label="Replicated items commands" onRefresh={() => void result.refetch()} refreshing={result.isFetching}>
        {renderCommands?.(selectedItem)}
      </ListCommandBar>
      <ReplicatedItemsFilterBar filters={filters} onChange={changeFilters} />
      {result.isError && <ListLoadError message={result.error.message} />}
      <ListLoadingBar loading={loadingNewPage} label="Loading replicated items" />
      <ReplicatedItemsTable
        vaultName={vaultName}
        items={page.items}
        sort={query.sort}
        dir={query.dir}
        busy={loadingNewPage}
        selectedId={selectedId}
        onSelect={(item) => setSelectedId(item.id)}
        onSortChange={(sort, dir) => changeQuery({ ...query, sort, dir, page: 1 })}
        rowCommands={commandsFor}
      />
      {page.items.length === 0 && (
        <ListEmpty
          filteredTitle="No replicated items match these filters"
          emptyTitle="This vault has no replicated items"
          onClearFilters={filters.q || filters.state || filters.os ? () => changeFilters({}) : undefined}
        />
      )}
      <ListPager
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        onPageChange={(next) => changeQuery({ ...query, page: next })}
      />
    </HydrationGroup>
  );
}
