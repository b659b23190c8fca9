// Plain constants and the URL form of the grid's query, with no zod: pages that only link
// to the grid (the overview) import this without shipping the schema to the browser.
import type { ReplicatedItemsQuery } from './replicated-items';

export const REPLICATED_ITEMS_PAGE_SIZE = 25;
export const REPLICATED_ITEMS_MAX_PAGE = 10_000;
export const REPLICATED_ITEMS_MAX_SEARCH_LENGTH = 100;

export const REPLICATED_ITEM_SORT_FIELDS = ['name', 'state', 'os', 'health', 'rpo', 'failoverTime'] as const;
export type ReplicatedItemSortField = (typeof REPLICATED_ITEM_SORT_FIELDS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const DEFAULT_REPLICATED_ITEMS_QUERY: ReplicatedItemsQuery = { sort: 'name', dir: 'asc', page: 1 };

/** Only what differs from the defaults, so shared links stay short and stable. */
export function replicatedItemsSearchParams(query: ReplicatedItemsQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.state) params.set('state', query.state);
  if (query.os) params.set('os', query.os);
  if (query.sort !== 'name' || query.dir !== 'asc') {
    params.set('sort', query.sort);
    params.set('dir', query.dir);
  }
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

/** A link to the grid of one vault, showing the given query. */
export function replicatedItemsHref(listPath: string, query: ReplicatedItemsQuery): string {
  const search = replicatedItemsSearchParams(query).toString();
  return search ? `${listPath}?${search}` : listPath;
}
