'use server';

import { vaultAction } from '../access/vault-action';
import { submitCommit } from '../data/commit';
import { submitFailover } from '../data/failover';
import { submitPlanCommit, submitPlanFailover } from '../data/recovery-plan-failover';
import { submitPlanReprotectToAzure } from '../data/recovery-plan-reprotect-to-azure';
import { submitReprotectToAzure } from '../data/reprotect-to-azure';
import type { CommitInput, PlanCommitInput } from '../schemas/commit';
import type { FailoverInput, PlanFailoverInput } from '../schemas/failover';
import type { PlanReprotectToAzureInput, ReprotectToAzureInput } from '../schemas/reprotect-to-azure';

// OK in the blades of the failback cycle: the data layer validates the input with the
// form's schema again, re-checks every rule with the items locked and queues the jobs.

/** Failover of a VM from Azure to on-premises. */
export const failoverItemAction = vaultAction(
  { permission: 'items.failover', operation: 'replicatedItem.failover', target: { type: 'replicatedItem', field: 'itemId' } },
  ({ vault }, input: FailoverInput) => submitFailover(vault.id, input),
);

/** Commit of a VM's completed failover. */
export const commitItemAction = vaultAction(
  { permission: 'items.failover', operation: 'replicatedItem.commit', target: { type: 'replicatedItem', field: 'itemId' } },
  ({ vault }, input: CommitInput) => submitCommit(vault.id, input),
);

/** Re-Protect of a VM committed on-premises: it replicates to Azure again. */
export const reprotectToAzureAction = vaultAction(
  { permission: 'items.reprotect', operation: 'replicatedItem.reprotect', target: { type: 'replicatedItem', field: 'itemId' } },
  ({ vault }, input: ReprotectToAzureInput) => submitReprotectToAzure(vault.id, input),
);

export const failoverRecoveryPlanAction = vaultAction(
  { permission: 'items.failover', operation: 'recoveryPlan.failover', target: { type: 'recoveryPlan', field: 'planId' } },
  ({ vault }, input: PlanFailoverInput) => submitPlanFailover(vault.id, input),
);

export const commitRecoveryPlanAction = vaultAction(
  { permission: 'items.failover', operation: 'recoveryPlan.commit', target: { type: 'recoveryPlan', field: 'planId' } },
  ({ vault }, input: PlanCommitInput) => submitPlanCommit(vault.id, input),
);

export const reprotectRecoveryPlanToAzureAction = vaultAction(
  { permission: 'items.reprotect', operation: 'recoveryPlan.reprotect', target: { type: 'recoveryPlan', field: 'planId' } },
  ({ vault }, input: PlanReprotectToAzureInput) => submitPlanReprotectToAzure(vault.id, input),
);
