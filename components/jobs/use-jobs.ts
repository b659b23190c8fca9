'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { anyJobRunning, jobsListPollMs, RUNNING_JOB_POLL_MS } from '@/lib/domain/jobs/job-display';
import { getJson, NotFoundError } from '@/lib/queries/get-json';
import { jobKeys } from '@/lib/queries/keys';
import type { JobDetail, JobsPage } from '@/lib/schemas/jobs-page';
import { DEFAULT_JOBS_QUERY, JOB_BLADE_PARAM, JOBS_QUERY_PARAM_NAMES, jobsSearchParams, type JobsQuery } from '@/lib/schemas/jobs-params';

export { NotFoundError };

export function jobsApiPath(vaultName: string): string {
  return `/api/vaults/${encodeURIComponent(vaultName)}/jobs`;
}

function sameQuery(a: JobsQuery, b: JobsQuery): boolean {
  return jobsSearchParams(a).toString() === jobsSearchParams(b).toString();
}

/** The list's own parameters as the URL has them now, in the order jobsSearchParams writes them. */
function listParams(search: string): string {
  const params = new URLSearchParams(search);
  const own = new URLSearchParams();
  for (const name of JOBS_QUERY_PARAM_NAMES) {
    const value = params.get(name);
    if (value !== null) own.set(name, value);
  }
  return own.toString();
}

/**
 * The list's filters and the open job live in the URL, so a reload or a shared link
 * shows the same view. Both change through the History API rather than the router:
 * Next keeps useSearchParams in sync either way, but the router would render the
 * server page again for every keystroke, while the data comes from the GET routes.
 *
 * The server parses the URL with the query schema and hands the result down; the list's own
 * controls then produce only valid queries. Only when the URL changes by other means (Back
 * after a filter change) is it parsed again in the browser, with the schema fetched then.
 */
export function useJobsUrlState(serverQuery: JobsQuery) {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const search = searchParams.toString();
  const [state, setState] = useState({ query: serverQuery, from: serverQuery });
  // A new server render (a navigation to this page) wins over the local state.
  if (!sameQuery(state.from, serverQuery)) setState({ query: serverQuery, from: serverQuery });
  const query = state.query;
  const openJobId = searchParams.get(JOB_BLADE_PARAM);

  // What the URL's list parameters were when last in step with the list: the first render's, then
  // each one written by setQuery. Anything else came from outside (Back, Forward).
  const urlParams = listParams(search);
  const knownUrlParams = useRef(urlParams);
  useEffect(() => {
    if (urlParams === knownUrlParams.current) return;
    knownUrlParams.current = urlParams;
    let current = true;
    void import('@/lib/schemas/jobs').then(({ parseJobsQuery }) => {
      const parsed = parseJobsQuery(new URLSearchParams(urlParams));
      if (current) setState((previous) => ({ ...previous, query: parsed.success ? parsed.data : DEFAULT_JOBS_QUERY }));
    });
    return () => {
      current = false;
    };
  }, [urlParams]);

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
      setState((previous) => ({ ...previous, query: next }));
      knownUrlParams.current = jobsSearchParams(next).toString();
      const url = urlWith((params) => {
        for (const name of JOBS_QUERY_PARAM_NAMES) params.delete(name);
        for (const [name, value] of jobsSearchParams(next)) params.set(name, value);
      });
      window.history.replaceState(null, '', url);
    },
    [urlWith, setState],
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

/**
 * The requested page, seeded with what the server rendered, polled while the page is visible:
 * new jobs appear by themselves. Rows keep their keys (focus and the open job stay on their
 * rows), and the table holds the rows in view where they were.
 */
export function useJobsPage(vaultName: string, query: JobsQuery, server: { query: JobsQuery; page: JobsPage }) {
  return useQuery({
    queryKey: jobKeys.list(vaultName, query),
    queryFn: ({ signal }) => getJson<JobsPage>(`${jobsApiPath(vaultName)}?${jobsSearchParams(query)}`, { signal, what: 'The list of jobs' }),
    initialData: sameQuery(query, server.query) ? server.page : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: (current) => jobsListPollMs(current.state.data?.items.map((job) => job.state) ?? []),
  });
}

/** One job for its blade, polled until it and the jobs it follows have finished. */
export function useJobDetail(vaultName: string, jobId: string, initial: JobDetail | null) {
  return useQuery({
    queryKey: jobKeys.detail(jobId),
    queryFn: ({ signal }) => getJson<JobDetail>(`${jobsApiPath(vaultName)}/${encodeURIComponent(jobId)}`, { signal, what: 'The job' }),
    initialData: initial?.id === jobId ? initial : undefined,
    refetchInterval: (current) => {
      const job = current.state.data;
      return job && anyJobRunning([job.state, ...job.children.map((child) => child.state)]) ? RUNNING_JOB_POLL_MS : false;
    },
    retry: (failures, error) => !(error instanceof NotFoundError) && failures < 2,
  });
}
