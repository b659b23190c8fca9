// The Jobs view's query, parsed by the page, the GET routes (list and CSV) and the
// browser (reading the URL back) with one schema. zod/mini keeps it small enough to ship.
import * as z from 'zod/mini';
import { JOB_TIME_RANGES, JOB_TYPE_SCENARIOS } from '@/lib/domain/jobs/job-display';
import { JOB_STATES } from '@/lib/domain/jobs/job-state';
import { DEFAULT_JOBS_QUERY, JOBS_MAX_PAGE, JOBS_MAX_SEARCH_LENGTH, type JobsApiQuery, type JobsQuery } from './jobs-params';
import { resourceIdSchema } from './resource-id';
import { optionalParam, pageParam, searchParamsToRecord, single, type RawSearchParams } from './search-params';

export type { RawSearchParams };


export const jobsQuerySchema = z.object({
  q: optionalParam(z.string().check(z.maxLength(JOBS_MAX_SEARCH_LENGTH))),
  status: optionalParam(z.enum(JOB_STATES)),
  type: optionalParam(z.enum(JOB_TYPE_SCENARIOS)),
  plan: optionalParam(resourceIdSchema),
  range: z.pipe(single, z._default(z.enum(JOB_TIME_RANGES), DEFAULT_JOBS_QUERY.range)),
  page: pageParam(JOBS_MAX_PAGE),
});

// The schema's output is the JobsQuery the links are built from; this fails to compile if they drift.
const _sameShape: JobsQuery = {} as z.output<typeof jobsQuerySchema>;

export function parseJobsQuery(raw: RawSearchParams | URLSearchParams) {
  const record = raw instanceof URLSearchParams ? searchParamsToRecord(raw) : raw;
  return z.safeParse(jobsQuerySchema, record);
}

/** The ids the service hands out for its rows are UUIDs. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The Jobs API's query: the view's, and optionally one replicated item. */
export const jobsApiQuerySchema = z.extend(jobsQuerySchema, {
  item: optionalParam(z.string().check(z.regex(UUID, 'Expected the id of a replicated item (a UUID).'))),
});

const _sameApiShape: JobsApiQuery = {} as z.output<typeof jobsApiQuerySchema>;

export function parseJobsApiQuery(raw: RawSearchParams | URLSearchParams) {
  const record = raw instanceof URLSearchParams ? searchParamsToRecord(raw) : raw;
  return z.safeParse(jobsApiQuerySchema, record);
}

/** A job id as the actions and routes accept it (the blade's URL is hand-editable). */
export const jobIdSchema = resourceIdSchema;
