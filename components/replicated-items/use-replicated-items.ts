'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname } from 'next/navigation';
import { useCallback, useState } from 'react';
import { getJson } from '@/lib/queries/get-json';
import { replicatedItemKeys } from '@/lib/queries/keys';
import type { ReplicatedItemsQuery } from '@/lib/schemas/replicated-items';
import type { ReplicatedItemsPage } from '@/lib/schemas/replicated-items-page';
import { replicatedItemsSearchParams } from '@/lib/schemas/replicated-items-params';

const QUERY_PARAM_NAMES = ['q', 'state', 'os', 'sort', 'dir', 'page'] as const;

async function fetchReplicatedItemsPage(
  vaultName: string,
  query: ReplicatedItemsQuery,
  signal: AbortSignal,
): Promise<ReplicatedItemsPage> {
  const url = `/api/vaults/${encodeURIComponent(vaultName)}/replicated-items?${replicatedItemsSearchParams(query)}`;
  return getJson<ReplicatedItemsPage>(url, { signal, what: 'The list' });
}

function sameQuery(a: ReplicatedItemsQuery, b: ReplicatedItemsQuery): boolean {
  return replicatedItemsSearchParams(a).toString() === replicatedItemsSearchParams(b).toString();
}

/**
 * The grid's filters live in the URL, so a reload or a shared link shows the same page.
 * The server parses the URL with the query schema and hands the result down; from
 * then on the grid's own controls produce only valid queries, so the browser keeps
 * them in state and writes them back to the URL without shipping the schema.
 * Changes go through history.replaceState rather than router.replace, which would
 * re-render the server page for every keystroke while the list comes from the GET route.
 */
export function useReplicatedItemsUrlQuery(serverQuery: ReplicatedItemsQuery) {
  const pathname = usePathname();
  const [query, setQueryState] = useState(serverQuery);
  const [renderedQuery, setRenderedQuery] = useState(serverQuery);
  // A new server render (a navigation to this page) wins over the local state.
  if (!sameQuery(renderedQuery, serverQuery)) {
    setRenderedQuery(serverQuery);
    setQueryState(serverQuery);
  }

  const setQuery = useCallback(
    (next: ReplicatedItemsQuery) => {
      setQueryState(next);
      // Parameters that belong to other features (e.g. an open blade) are kept.
      const params = new URLSearchParams(window.location.search);
      for (const name of QUERY_PARAM_NAMES) params.delete(name);
      for (const [name, value] of replicatedItemsSearchParams(next)) params.set(name, value);
      const queryString = params.toString();
      window.history.replaceState(window.history.state, '', queryString ? `${pathname}?${queryString}` : pathname);
    },
    [pathname],
  );

  return { query, setQuery };
}

/** The requested page, seeded with what the server rendered and kept on screen while the next one loads. */
export function useReplicatedItemsPage(
  vaultName: string,
  query: ReplicatedItemsQuery,
  server: { query: ReplicatedItemsQuery; page: ReplicatedItemsPage },
) {
  return useQuery({
    queryKey: replicatedItemKeys.list(vaultName, query),
    queryFn: ({ signal }) => fetchReplicatedItemsPage(vaultName, query, signal),
    initialData: sameQuery(query, server.query) ? server.page : undefined,
    placeholderData: keepPreviousData,
  });
}
