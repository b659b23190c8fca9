'use client';

import { ToolbarButton } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { usePathname, useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { ListCommandBar } from '@/components/lists/list-command-bar';
import { ListFilterBar, SearchFilter, SelectFilter, pickChoice, type FilterChoice } from '@/components/lists/list-filters';
import { ListPager } from '@/components/lists/list-pager';
import { ListEmpty, ListLoadingBar } from '@/components/lists/list-states';
import { ACTIVITY_RESULTS, OPERATIONS, OPERATION_NAMES } from '@/lib/domain/access/operations';
import {
  ACTIVITY_TIMESPAN_LABELS,
  ACTIVITY_TIMESPANS,
  activitySearchParams,
  DEFAULT_ACTIVITY_QUERY,
  type ActivityPage,
  type ActivityQuery,
} from '@/lib/schemas/activity-log';
import { ActivityLogTable } from './activity-log-table';

const ALL = 'all';
const TIMESPAN_CHOICES: FilterChoice[] = ACTIVITY_TIMESPANS.map((value) => ({ value, text: ACTIVITY_TIMESPAN_LABELS[value] }));
const OPERATION_CHOICES: FilterChoice[] = [{ value: ALL, text: 'All' }, ...OPERATION_NAMES.map((value) => ({ value, text: OPERATIONS[value] }))];
const RESULT_CHOICES: FilterChoice[] = [{ value: ALL, text: 'All' }, ...ACTIVITY_RESULTS.map((value) => ({ value, text: value }))];
const SCOPE_CHOICES: FilterChoice[] = [
  { value: 'vault', text: 'This vault' },
  { value: 'all', text: 'This vault and portal-wide (sign-in, tokens)' },
];

function hasFilters(query: ActivityQuery): boolean {
  return Boolean(query.operation || query.result || query.caller || query.timespan !== DEFAULT_ACTIVITY_QUERY.timespan || query.scope !== DEFAULT_ACTIVITY_QUERY.scope);
}

/** The Activity log: filters and pages are in the URL; the server reads each page from the database. */
export function ActivityLogView({ vaultName, query, page }: { vaultName: string; query: ActivityQuery; page: ActivityPage }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const go = (next: ActivityQuery) => {
    const search = activitySearchParams(next).toString();
    startTransition(() => router.push(search ? `${pathname}?${search}` : pathname, { scroll: false }));
  };
  const change = (patch: Partial<ActivityQuery>) => go({ ...query, ...patch, page: 1 });
  const exportSearch = activitySearchParams({ ...query, page: 1 }).toString();

  return (
    <div>
      <ListCommandBar label="Activity log commands" onRefresh={() => startTransition(() => router.refresh())} refreshing={pending}>
        <ToolbarButton
          as="a"
          href={`/api/vaults/${encodeURIComponent(vaultName)}/activity-log/export${exportSearch ? `?${exportSearch}` : ''}`}
          download
          icon={<ArrowDownload20Regular />}
        >
          Export to CSV
        </ToolbarButton>
      </ListCommandBar>
      <ListFilterBar label="Filter the activity log" onClear={hasFilters(query) ? () => go(DEFAULT_ACTIVITY_QUERY) : undefined}>
        <SelectFilter
          label="Timespan"
          choices={TIMESPAN_CHOICES}
          value={query.timespan}
          onSelect={(value) => change({ timespan: pickChoice(ACTIVITY_TIMESPANS, value) ?? DEFAULT_ACTIVITY_QUERY.timespan })}
        />
        <SelectFilter label="Operation" choices={OPERATION_CHOICES} value={query.operation ?? ALL} onSelect={(value) => change({ operation: pickChoice(OPERATION_NAMES, value) })} />
        <SelectFilter label="Status" choices={RESULT_CHOICES} value={query.result ?? ALL} onSelect={(value) => change({ result: pickChoice(ACTIVITY_RESULTS, value) })} />
        <SearchFilter label="Event initiated by" placeholder="Filter by user" value={query.caller} onCommit={(caller) => change({ caller })} />
        <SelectFilter label="Events" choices={SCOPE_CHOICES} value={query.scope} onSelect={(value) => change({ scope: value === 'all' ? 'all' : 'vault' })} />
      </ListFilterBar>
      <ListLoadingBar loading={pending} label="Loading the activity log" />
      <ActivityLogTable vaultName={vaultName} entries={page.items} />
      {page.items.length === 0 && (
        <ListEmpty
          filteredTitle="No events match these filters"
          emptyTitle="No events in this timespan"
          emptyText="Every change to the vault (reprotect, jobs, policies, the site lab, access control) is recorded here."
          onClearFilters={hasFilters(query) ? () => go(DEFAULT_ACTIVITY_QUERY) : undefined}
        />
      )}
      <ListPager page={page.page} pageSize={page.pageSize} total={page.total} totalCapped={page.totalCapped} onPageChange={(next) => go({ ...query, page: next })} />
    </div>
  );
}
