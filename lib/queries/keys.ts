// Every React Query key in the portal comes from these factories, so that invalidating
// a prefix (e.g. replicatedItemKeys.lists() after a reprotect) reaches every variant.
import type { ReplicatedItemsQuery } from '@/lib/schemas/replicated-items';

export const vaultKeys = {
  all: ['vaults'] as const,
  details: () => [...vaultKeys.all, 'detail'] as const,
  detail: (vaultName: string) => [...vaultKeys.details(), vaultName] as const,
  overview: (vaultName: string) => [...vaultKeys.detail(vaultName), 'overview'] as const,
};

export const replicatedItemKeys = {
  all: ['replicated-items'] as const,
  lists: () => [...replicatedItemKeys.all, 'list'] as const,
  list: (vaultName: string, filters: ReplicatedItemsQuery) => [...replicatedItemKeys.lists(), vaultName, filters] as const,
  details: () => [...replicatedItemKeys.all, 'detail'] as const,
  detail: (itemId: string) => [...replicatedItemKeys.details(), itemId] as const,
};

export const jobKeys = {
  all: ['jobs'] as const,
  lists: () => [...jobKeys.all, 'list'] as const,
  list: (vaultName: string, filters: Record<string, unknown> = {}) => [...jobKeys.lists(), vaultName, filters] as const,
  details: () => [...jobKeys.all, 'detail'] as const,
  detail: (jobId: string) => [...jobKeys.details(), jobId] as const,
};

export const recoveryPlanKeys = {
  all: ['recovery-plans'] as const,
  lists: () => [...recoveryPlanKeys.all, 'list'] as const,
  list: (vaultName: string) => [...recoveryPlanKeys.lists(), vaultName] as const,
  details: () => [...recoveryPlanKeys.all, 'detail'] as const,
  detail: (vaultName: string, planId: string) => [...recoveryPlanKeys.details(), vaultName, planId] as const,
};
