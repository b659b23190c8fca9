'use client';

import { ListEmpty, ListLoadError, ListLoadingBar } from '@/components/lists/list-states';
import dynamic from 'next/dynamic';
import { usePathname } from 'next/navigation';
import { useCallback } from 'react';
import { HydrationGroup } from '@/components/lists/hydration-group';
import type { JobDetail, JobRow, JobsPage } from '@/lib/schemas/jobs-page';
import { DEFAULT_JOBS_QUERY, jobsHref, jobsSearchParams, type JobsFilters, type JobsQuery } from '@/lib/schemas/jobs-params';
import { JobsCommandBar } from './jobs-command-bar';
import { hasJobFilters, JobsFilterBar, type PlanChoice } from './jobs-filters';
import { ListPager } from '@/components/lists/list-pager';
import { JobsTable } from './jobs-table';
import { jobsApiPath, useJobsPage, useJobsUrlState } from './use-jobs';

// The blade (drawer, tasks, errors, actions) loads only when a job is opened.
const JobBlade = dynamic(() => import('./job-blade').then((module) => module.JobBlade));


export interface JobsViewProps {
  vaultName: string;
  /** The query the server rendered, and its page: shown without a request on first load. */
  initialQuery: JobsQuery;
  initialPage: JobsPage;
  /** The vault's recovery plans, for the plan filter. */
  plans: PlanChoice[];
  /** The job whose blade the server rendered open (from ?job=), null when none or not found. */
  initialJob: JobDetail | null;
}

export function JobsView({ vaultName, initialQuery, initialPage, plans, initialJob }: JobsViewProps) {
  const pathname = usePathname();
  const { query, setQuery, openJobId, setOpenJobId } = useJobsUrlState(initialQuery);
  const result = useJobsPage(vaultName, query, { query: initialQuery, page: initialPage });
  const page = result.data ?? initialPage;

  const changeFilters = useCallback(
    // Each filter is set explicitly, so that a missing one is cleared rather than kept.
    (filters: JobsFilters) =>
      setQuery({ q: filters.q, status: filters.status, type: filters.type, plan: filters.plan, range: filters.range, page: 1 }),
    [setQuery],
  );
  const openJob = useCallback((job: JobRow) => setOpenJobId(job.id), [setOpenJobId]);
  const filters: JobsFilters = { q: query.q, status: query.status, type: query.type, plan: query.plan, range: query.range };
  const filtered = hasJobFilters(filters);
  const loadingNewPage = result.isFetching && result.isPlaceholderData;
  const exportSearch = jobsSearchParams({ ...filters, page: 1 }).toString();

  return (
    <HydrationGroup>
      <JobsCommandBar
        onRefresh={() => void result.refetch()}
        refreshing={result.isFetching}
        exportHref={`${jobsApiPath(vaultName)}/export${exportSearch ? `?${exportSearch}` : ''}`}
      />
      <JobsFilterBar filters={filters} plans={plans} onChange={changeFilters} />
      {result.isError && <ListLoadError message={result.error.message} />}
      <ListLoadingBar loading={loadingNewPage} label="Loading jobs" />
      <JobsTable
        jobs={page.items}
        busy={loadingNewPage}
        openJobId={openJobId}
        href={(job) => jobsHref(pathname, query, job.id)}
        onOpen={openJob}
      />
      {page.items.length === 0 && (
        <ListEmpty
          filteredTitle="No jobs match these filters"
          emptyTitle="No Site Recovery jobs have run in this vault yet"
          emptyText="Jobs appear here when you reprotect, fail over or commit a replicated item."
          onClearFilters={filtered ? () => changeFilters({ range: DEFAULT_JOBS_QUERY.range }) : undefined}
        />
      )}
      <ListPager
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        totalCapped={page.totalCapped}
        onPageChange={(next) => setQuery({ ...query, page: next })}
      />
      {openJobId && (
        <JobBlade
          key={openJobId}
          vaultName={vaultName}
          jobId={openJobId}
          initialJob={initialJob}
          jobHref={(jobId) => jobsHref(pathname, query, jobId)}
          onOpenJob={setOpenJobId}
          onClose={() => setOpenJobId(null)}
        />
      )}
    </HydrationGroup>
  );
}
