'use client';

import { Button, ProgressBar, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useIsHydrated } from '@/components/shell/use-is-hydrated';
import type { ReplicatedItemsFilters, ReplicatedItemsQuery } from '@/lib/schemas/replicated-items';
import type { ReplicatedItemRow, ReplicatedItemsPage } from '@/lib/schemas/replicated-items-page';
import { itemHref } from './replicated-item-cells';
import { ListCommandBar } from '@/components/lists/list-command-bar';
import { ReplicatedItemsFilterBar } from './replicated-items-filters';
import { ListPager } from '@/components/lists/list-pager';
import type { RowCommand } from './row-command';
import { ReplicatedItemsTable } from './replicated-items-table';
import { useReplicatedItemsPage, useReplicatedItemsUrlQuery } from './use-replicated-items';

const useStyles = makeStyles({
  progressSpace: { height: '2px' },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '8px',
    padding: '40px 16px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  emptyTitle: { ...typographyStyles.body1Strong, margin: 0 },
  error: { ...typographyStyles.body1, color: tokens.colorPaletteRedForeground1, margin: '0 0 8px' },
});

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
  const styles = useStyles();
  const router = useRouter();
  const hydrated = useIsHydrated();
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
    <div role="group" aria-disabled={hydrated ? undefined : true}>
      <ListCommandBar label="Replicated items commands" onRefresh={() => void result.refetch()} refreshing={result.isFetching}>
        {renderCommands?.(selectedItem)}
      </ListCommandBar>
      <ReplicatedItemsFilterBar filters={filters} onChange={changeFilters} />
      {result.isError && (
        <p role="alert" className={styles.error}>
          {result.error.message} Showing the last loaded list. Use Refresh to try again.
        </p>
      )}
      {/* Reserved space, so that the grid does not jump when loading starts. */}
      {loadingNewPage ? (
        <ProgressBar aria-label="Loading replicated items" className={styles.progressSpace} />
      ) : (
        <div className={styles.progressSpace} />
      )}
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
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>
            {filters.q || filters.state || filters.os ? 'No replicated items match these filters' : 'This vault has no replicated items'}
          </p>
          {(filters.q || filters.state || filters.os) && (
            <Button appearance="primary" onClick={() => changeFilters({})}>
              Clear filters
            </Button>
          )}
        </div>
      )}
      <ListPager
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        onPageChange={(next) => changeQuery({ ...query, page: next })}
      />
    </div>
  );
}
