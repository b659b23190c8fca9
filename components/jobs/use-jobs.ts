'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { anyJobRunning } from '@/lib/domain/jobs/job-display';
import { isTerminal } from '@/lib/domain/jobs/job-state';
import { jobKeys } from '@/lib/queries/keys';
import { parseJobsQuery } from '@/lib/schemas/jobs';
import type { JobDetail, JobsPage } from '@/lib/schemas/jobs-page';
import { JOB_BLADE_PARAM, JOBS_QUERY_PARAM_NAMES, jobsSearchParams, type JobsQuery } from '@/lib/schemas/jobs-params';

/** How often a view showing a running job asks again; nothing is polled once all are finished. */
export const JOB_POLL_MS = 1_000;

async function getJson<T>(url: string, signal: AbortSignal, what: string): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (response.status === 404) throw new NotFoundError(`${what} was not found.`);
  if (!response.ok) throw new Error(`${what} could not be loaded (HTTP ${response.status}).`);
  // The routes and this page ship together and share the DTO types; validating the
  // payload again here would only add the response schemas to the browser bundle.
  return (await response.json()) as T;
}

export class NotFoundError extends Error {}

export function jobsApiPath(vaultName: string): string {
  return `/api/vaults/${encodeURIComponent(vaultName)}/jobs`;
}

function sameQuery(a: JobsQuery, b: JobsQuery): boolean {
  return jobsSearchParams(a).toString() === jobsSearchParams(b).toString();
}

/**
 * The list's filters and the open job live in the URL, so a reload or a shared link
 * shows the same view. Both change through the History API rather than the router:
 * Next keeps useSearchParams in sync either way, but the router would render the
 * server page again for every keystroke, while the data comes from the GET routes.
 */
export function useJobsUrlState(serverQuery: JobsQuery) {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const search = searchParams.toString();

  const query = useMemo(() => {
    const parsed = parseJobsQuery(new URLSearchParams(search));
    return parsed.success ? parsed.data : serverQuery;
  }, [search, serverQuery]);
  const openJobId = searchParams.get(JOB_BLADE_PARAM);

  const urlWith = useCallback(
    (edit: (params: URLSearchParams) => void) => {
      const params = new URLSearchParams(search);
      edit(params);
      const queryString = params.toString();
      return queryString ? `${pathname}?${queryString}` : pathname;
    },
    [pathname, search],
  );

  const setQuery = useCallback(
    (next: JobsQuery) => {
      const url = urlWith((params) => {
        for (const name of JOBS_QUERY_PARAM_NAMES) params.delete(name);
        for (const [name, value] of jobsSearchParams(next)) params.set(name, value);
      });
      window.history.replaceState(null, '', url);
    },
    [urlWith],
  );

  // Opening and closing a blade are history entries, so Back closes the blade as in the portal.
  const setOpenJobId = useCallback(
    (jobId: string | null) => {
      const url = urlWith((params) => (jobId ? params.set(JOB_BLADE_PARAM, jobId) : params.delete(JOB_BLADE_PARAM)));
      window.history.pushState(null, '', url);
    },
    [urlWith],
  );

  return { query, setQuery, openJobId, setOpenJobId };
}

/** The requested page, seeded with what the server rendered, polled while any job on it runs. */
export function useJobsPage(vaultName: string, query: JobsQuery, server: { query: JobsQuery; page: JobsPage }) {
  return useQuery({
    queryKey: jobKeys.list(vaultName, query),
    queryFn: ({ signal }) => getJson<JobsPage>(`${jobsApiPath(vaultName)}?${jobsSearchParams(query)}`, signal, 'The list of jobs'),
    initialData: sameQuery(query, server.query) ? server.page : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: (current) => (anyJobRunning(current.state.data?.items.map((job) => job.state) ?? []) ? JOB_POLL_MS : false),
  });
}

/** One job for its blade, polled until it finishes. */
export function useJobDetail(vaultName: string, jobId: string, initial: JobDetail | null) {
  return useQuery({
    queryKey: jobKeys.detail(jobId),
    queryFn: ({ signal }) => getJson<JobDetail>(`${jobsApiPath(vaultName)}/${encodeURIComponent(jobId)}`, signal, 'The job'),
    initialData: initial?.id === jobId ? initial : undefined,
    refetchInterval: (current) => {
      const state = current.state.data?.state;
      return state && !isTerminal(state) ? JOB_POLL_MS : false;
    },
    retry: (failures, error) => !(error instanceof NotFoundError) && failures < 2,
  });
}
