'use client';

import { useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/queries/get-json';
import { replicatedItemKeys } from '@/lib/queries/keys';
import type { ReplicatedItemDetail } from '@/lib/schemas/replicated-item-detail';

/** States in which something on the page changes by itself: a running job, new recovery points, an agent about to register. */
function isLive(item: ReplicatedItemDetail): boolean {
  return (
    item.recentJobs.some((job) => job.state === 'InProgress' || job.state === 'NotStarted') ||
    item.protectionState === 'ReprotectInProgress' ||
    item.protectionState === 'UnplannedFailoverInProgress' ||
    item.protectionState === 'Protected' ||
    (!item.agentRegistered && item.agentRegistersAt !== null)
  );
}

export function useItemDetail(vaultName: string, initial: ReplicatedItemDetail) {
  return useQuery({
    queryKey: replicatedItemKeys.detail(initial.id),
    queryFn: ({ signal }) =>
      getJson<ReplicatedItemDetail>(`/api/vaults/${encodeURIComponent(vaultName)}/replicated-items/${encodeURIComponent(initial.id)}`, { signal, what: 'The item' }),
    initialData: initial,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && isLive(query.state.data) ? 3000 : false),
  });
}
