// zod/mini keeps this schema small enough to ship to the browser, where the grid
// reads its filters back from the URL with the same rules as the server.
import * as z from 'zod/mini';
import { OS_TYPES, PROTECTION_STATES } from '@/lib/domain/protection-status';
import {
  REPLICATED_ITEMS_MAX_PAGE,
  REPLICATED_ITEMS_MAX_SEARCH_LENGTH,
  REPLICATED_ITEM_SORT_FIELDS,
  SORT_DIRECTIONS,
} from './replicated-items-params';
import { optionalParam, pageParam, searchParamsToRecord, single, type RawSearchParams } from './search-params';

export const replicatedItemsQuerySchema = z.object({
  q: optionalParam(z.string().check(z.maxLength(REPLICATED_ITEMS_MAX_SEARCH_LENGTH))),
  state: optionalParam(z.enum(PROTECTION_STATES)),
  os: optionalParam(z.enum(OS_TYPES)),
  sort: z.pipe(single, z._default(z.enum(REPLICATED_ITEM_SORT_FIELDS), 'name')),
  dir: z.pipe(single, z._default(z.enum(SORT_DIRECTIONS), 'asc')),
  page: pageParam(REPLICATED_ITEMS_MAX_PAGE),
});

export type ReplicatedItemsQuery = z.output<typeof replicatedItemsQuerySchema>;
export type ReplicatedItemsFilters = Pick<ReplicatedItemsQuery, 'q' | 'state' | 'os'>;

export type { RawSearchParams };

export function parseReplicatedItemsQuery(raw: RawSearchParams | URLSearchParams) {
  const record = raw instanceof URLSearchParams ? searchParamsToRecord(raw) : raw;
  return z.safeParse(replicatedItemsQuerySchema, record);
}

