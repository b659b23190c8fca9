// Plain constants and the URL form of the Jobs view's query, with no zod: the overview
// links to filtered job lists with these without shipping the schema to the browser.
import type { JobState } from '@/lib/domain/jobs/job-state';
import type { JobTimeRange, JobTypeScenario } from '@/lib/domain/jobs/job-display';

export const JOBS_PAGE_SIZE = 25;
export const JOBS_MAX_PAGE = 10_000;
export const JOBS_MAX_SEARCH_LENGTH = 100;

/** The search parameter that opens a job's blade over the list. */
export const JOB_BLADE_PARAM = 'job';

/** The list's own parameters; others in the URL (the blade) belong to other features. */
export const JOBS_QUERY_PARAM_NAMES = ['q', 'status', 'type', 'plan', 'range', 'page'] as const;

// A type rather than an interface: React Query keys take it as a plain record.
export type JobsQuery = {
  /** Item (target object) name contains, case-insensitive. */
  q?: string;
  status?: JobState;
  type?: JobTypeScenario;
  /** A recovery plan's id: its plan jobs and their machines' jobs. */
  plan?: string;
  range: JobTimeRange;
  page: number;
};

export type JobsFilters = Omit<JobsQuery, 'page'>;

/** What the Jobs API (list and CSV) takes besides the view's query: one item's jobs. */
export type JobsApiQuery = JobsQuery & {
  /** A replicated item's id: its jobs only, those it ran as a machine of a recovery plan included. */
  item?: string;
  /** Created at or after / at or before (the automation API's startTime and endTime). */
  createdFrom?: Date;
  createdTo?: Date;
  /** Jobs about a replicated item, or about a recovery plan (the automation API's affectedObjectTypes). */
  target?: 'item' | 'plan';
};

export type JobsApiFilters = Omit<JobsApiQuery, 'page'>;

export const DEFAULT_JOBS_QUERY: JobsQuery = { range: 'all', page: 1 };

/** Only what differs from the defaults, so shared links stay short and stable. */
export function jobsSearchParams(query: Partial<JobsQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.status) params.set('status', query.status);
  if (query.type) params.set('type', query.type);
  if (query.plan) params.set('plan', query.plan);
  if (query.range && query.range !== DEFAULT_JOBS_QUERY.range) params.set('range', query.range);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  return params;
}

/** A link to a vault's Jobs view showing the given query (and, optionally, one job's blade). */
export function jobsHref(listPath: string, query: Partial<JobsQuery> = {}, jobId?: string): string {
  const params = jobsSearchParams(query);
  if (jobId) params.set(JOB_BLADE_PARAM, jobId);
  const search = params.toString();
  return search ? `${listPath}?${search}` : listPath;
}
