'use client';

import { useQuery } from '@tanstack/react-query';
import { isActive } from '@/lib/domain/jobs/job-state';
import { getJson } from '@/lib/queries/get-json';
import { recoveryPlanKeys } from '@/lib/queries/keys';
import type { RecoveryPlanDetail, RecoveryPlanRow } from '@/lib/schemas/recovery-plans';

const plansUrl = (vaultName: string) => `/api/vaults/${encodeURIComponent(vaultName)}/recovery-plans`;

/** Something on the page changes by itself while a plan's operation (or a machine's) runs. */
export function isPlanBusy(plan: RecoveryPlanDetail): boolean {
  if (plan.latestOperation && isActive(plan.latestOperation.state)) return true;
  return plan.groups.some((group) =>
    group.machines.some(
      (machine) => machine.protectionState === 'ReprotectInProgress' || machine.protectionState === 'UnplannedFailoverInProgress' || (machine.job !== null && isActive(machine.job.state)),
    ),
  );
}

/** The vault's plans, as the server rendered them, polled while any plan's last job runs. */
export function useRecoveryPlans(vaultName: string, initialData: RecoveryPlanRow[]) {
  return useQuery({
    queryKey: recoveryPlanKeys.list(vaultName),
    queryFn: ({ signal }) => getJson<RecoveryPlanRow[]>(plansUrl(vaultName), { signal, what: 'The list of recovery plans' }),
    initialData,
    refetchInterval: (query) => (query.state.data?.some((plan) => plan.lastJob && isActive(plan.lastJob.state)) ? 2_000 : false),
  });
}

/** One plan with its machines and latest reprotect, polled every second while it runs. */
export function useRecoveryPlan(vaultName: string, initialData: RecoveryPlanDetail) {
  return useQuery({
    queryKey: recoveryPlanKeys.detail(vaultName, initialData.id),
    queryFn: ({ signal }) => getJson<RecoveryPlanDetail>(`${plansUrl(vaultName)}/${encodeURIComponent(initialData.id)}`, { signal, what: 'The recovery plan' }),
    initialData,
    refetchInterval: (query) => (query.state.data && isPlanBusy(query.state.data) ? 1_000 : false),
  });
}
