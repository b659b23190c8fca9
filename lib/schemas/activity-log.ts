// The Activity log's query, from the page's URL and the API's query string alike.
import * as z from 'zod/mini';
import { ACTIVITY_RESULTS, OPERATION_NAMES, type ActivityResult, type Operation } from '../domain/access/operations';
import { optionalParam, pageParam, searchParamsToRecord, single, type RawSearchParams } from './search-params';

export const ACTIVITY_PAGE_SIZE = 50;
export const ACTIVITY_MAX_PAGE = 10_000;

/** The timespans of Azure's Activity log. */
export const ACTIVITY_TIMESPANS = ['1h', '6h', '24h', '7d', '30d'] as const;
export type ActivityTimespan = (typeof ACTIVITY_TIMESPANS)[number];

export const ACTIVITY_TIMESPAN_LABELS: Record<ActivityTimespan, string> = {
  '1h': 'Last hour',
  '6h': 'Last 6 hours',
  '24h': 'Last 24 hours',
  '7d': 'Last week',
  '30d': 'Last month',
};

const TIMESPAN_MS: Record<ActivityTimespan, number> = { '1h': 3_600_000, '6h': 21_600_000, '24h': 86_400_000, '7d': 604_800_000, '30d': 2_592_000_000 };

export function activitySince(timespan: ActivityTimespan, now: Date): Date {
  return new Date(now.getTime() - TIMESPAN_MS[timespan]);
}

/** Events of the vault only, or with the portal-wide ones (sign-in, access tokens) too. */
export const ACTIVITY_SCOPES = ['vault', 'all'] as const;

export type ActivityQuery = {
  timespan: ActivityTimespan;
  operation?: Operation;
  result?: ActivityResult;
  /** "Event initiated by" contains, case-insensitive. */
  caller?: string;
  scope: (typeof ACTIVITY_SCOPES)[number];
  page: number;
};

export const DEFAULT_ACTIVITY_QUERY: ActivityQuery = { timespan: '7d', scope: 'vault', page: 1 };

export const activityQuerySchema = z.object({
  timespan: z.pipe(single, z._default(z.enum(ACTIVITY_TIMESPANS), DEFAULT_ACTIVITY_QUERY.timespan)),
  operation: optionalParam(z.enum(OPERATION_NAMES as [Operation, ...Operation[]])),
  result: optionalParam(z.enum(ACTIVITY_RESULTS)),
  caller: optionalParam(z.string().check(z.maxLength(100))),
  scope: z.pipe(single, z._default(z.enum(ACTIVITY_SCOPES), DEFAULT_ACTIVITY_QUERY.scope)),
  page: pageParam(ACTIVITY_MAX_PAGE),
});

const _sameShape: ActivityQuery = {} as z.output<typeof activityQuerySchema>;

export function parseActivityQuery(raw: RawSearchParams | URLSearchParams) {
  return z.safeParse(activityQuerySchema, raw instanceof URLSearchParams ? searchParamsToRecord(raw) : raw);
}

export function activitySearchParams(query: Partial<ActivityQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.timespan && query.timespan !== DEFAULT_ACTIVITY_QUERY.timespan) params.set('timespan', query.timespan);
  if (query.operation) params.set('operation', query.operation);
  if (query.result) params.set('result', query.result);
  if (query.caller) params.set('caller', query.caller);
  if (query.scope && query.scope !== DEFAULT_ACTIVITY_QUERY.scope) params.set('scope', query.scope);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  return params;
}

export interface ActivityEntryRow {
  id: string;
  time: string;
  operation: string;
  operationName: string;
  result: ActivityResult;
  reason: string | null;
  callerName: string;
  tokenName: string | null;
  clientAddress: string | null;
  vaultName: string | null;
  target: { type: string; id: string; name: string } | null;
  correlationId: string;
  jobId: string | null;
}

export interface ActivityPage {
  items: ActivityEntryRow[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
}
