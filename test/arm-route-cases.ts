import { inMageReprotectDetails } from './arm-reprotect-input';
import type { Db } from '../lib/data/db';
import type { Permission } from '../lib/domain/access/roles';

// The automation API's cases of the route authorization matrix (lib/access/route-matrix.int.test.ts):
// for each route, the permission it must demand, and a request an allowed caller would send.
// Writes that can be made only once get a fresh target before each call.

export interface RouteCase {
  permission: Permission;
  /** The route's parameters besides the vault, and its query string or body. */
  params?: () => Record<string, string>;
  search?: string;
  body?: () => unknown;
  /** The allowed caller's answer, when not 200 (a long-running operation's 202, a creation's 201). */
  status?: number;
  /** Runs before the refused calls and before each allowed call: a fresh target for a write that can only be made once. */
  prepare?: () => Promise<unknown>;
}

/** Cases name the automation API's routes "arm:<path below the vault>". */
export const ARM_PREFIX = 'arm:';
export const ARM_VAULT = 'subscriptions/[subscriptionId]/resourceGroups/[resourceGroupName]/providers/Microsoft.RecoveryServices/vaults/[vaultName]';
export const API_VERSION = '?api-version=2023-06-01';

/** Items a write of one case may take without touching another case's: outside recovery plans, idle, ready for reprotect. */
const FREE_ITEMS = {
  protectionState: 'UnplannedFailoverCommitted' as const,
  replicationGroupId: null,
  planMemberships: { none: {} },
  // A failed job's item stays with it: the restart case restarts it.
  jobs: { none: { state: { in: ['NotStarted' as const, 'InProgress' as const, 'Failed' as const] } } },
};

export interface ArmCaseContext {
  db: Db;
  vaultId: string;
  /** The vault's path parameters. */
  vaultPath: { subscriptionId: string; resourceGroupName: string };
  fabricName: string;
  itemId: string;
  /** Demo VMs at the later stages of the failback cycle: ready to fail back, and waiting for its commit. */
  failbackItemId: string;
  commitItemId: string;
  jobId: string;
  failedJobId: string;
  suspendedJobId: string;
  planName: string;
  forwardPolicyName: string;
  sparePolicyName: string;
}

/** A reprotect job queued for the first item that can take one. */
async function queuedJobId(db: Db, vaultId: string): Promise<string> {
  const { submitReprotect } = await import('../lib/data/reprotect');
  const { firstAcceptedReprotect } = await import('../lib/data/reprotect-choices');
  const candidates = await db.replicatedItem.findMany({ where: { ...FREE_ITEMS, vaultId }, select: { id: true } });
  for (const { id } of candidates) {
    const input = await firstAcceptedReprotect(id, db);
    const result = input ? await submitReprotect(vaultId, input, db) : null;
    if (result?.ok) return result.data.jobId;
  }
  throw new Error('no item left to queue a job for');
}

/** What the cases need in a demo vault: a spare policy to delete, a job waiting in Suspended, the ids they name. */
export async function prepareArmCases(db: Db, vaultId: string, skipPolicyNames: string[]): Promise<ArmCaseContext> {
  const { createForwardPolicy } = await import('../lib/data/policies');
  const spare = await createForwardPolicy(
    vaultId,
    { friendlyName: 'arm-spare-policy', recoveryPointThresholdInMinutes: 60, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: true },
    db,
  );
  if (!spare.ok) throw new Error(spare.error.message);
  const vault = await db.vault.findUniqueOrThrow({ where: { id: vaultId } });
  const forward = await db.replicationPolicy.findFirstOrThrow({ where: { vaultId, direction: 'Forward', friendlyName: { notIn: ['arm-spare-policy', ...skipPolicyNames] } } });
  const suspended = await queuedJobId(db, vaultId);
  await db.job.update({ where: { id: suspended }, data: { state: 'Suspended' } });
  return {
    db,
    vaultId,
    vaultPath: { subscriptionId: vault.subscriptionId, resourceGroupName: vault.resourceGroup },
    fabricName: (await db.configurationServer.findFirstOrThrow({ where: { vaultId } })).id,
    itemId: (await db.replicatedItem.findFirstOrThrow({ where: { vaultId, friendlyName: 'dc-02' } })).id,
    failbackItemId: (await db.replicatedItem.findFirstOrThrow({ where: { vaultId, friendlyName: 'intranet-01' } })).id,
    commitItemId: (await db.replicatedItem.findFirstOrThrow({ where: { vaultId, friendlyName: 'fb-pending-01' } })).id,
    jobId: (await db.job.findFirstOrThrow({ where: { vaultId } })).id,
    failedJobId: (await db.job.findFirstOrThrow({ where: { vaultId, state: 'Failed', parentJobId: null, scenarioName: 'ReverseReplication' } })).id,
    suspendedJobId: suspended,
    planName: (await db.recoveryPlan.findFirstOrThrow({ where: { vaultId } })).friendlyName,
    forwardPolicyName: forward.friendlyName,
    sparePolicyName: 'arm-spare-policy',
  };
}

/** A ReverseReplicationInput the rules accept for the next item that can be reprotected, and that item's path. */
async function reprotectCall(context: ArmCaseContext): Promise<{ params: Record<string, string>; body: unknown }> {
  const { firstAcceptedReprotect } = await import('../lib/data/reprotect-choices');
  const { db } = context;
  const candidates = await db.replicatedItem.findMany({
    where: { ...FREE_ITEMS, vaultId: context.vaultId },
    select: { id: true, forwardPolicy: { select: { failbackPolicy: { select: { friendlyName: true } } } } },
  });
  for (const item of candidates) {
    const input = await firstAcceptedReprotect(item.id, db);
    if (!input) continue;
    const details = await inMageReprotectDetails(db, input, item.forwardPolicy.failbackPolicy!.friendlyName);
    const params = { fabricName: context.fabricName, protectionContainerName: `cloud_${context.fabricName}`, replicatedProtectedItemName: item.id };
    return { params, body: { properties: { failoverDirection: 'RecoveryToPrimary', providerSpecificDetails: details } } };
  }
  throw new Error('no item left to reprotect');
}

const ITEMS = 'replicationFabrics/[fabricName]/replicationProtectionContainers/[protectionContainerName]/replicationProtectedItems';

/** The cases, reading the context (ready once the matrix's beforeAll has run) when they are called. */
export function armRouteCases(current: () => ArmCaseContext): Record<string, RouteCase> {
  const fabricParams = () => ({ fabricName: current().fabricName });
  const containerParams = () => ({ ...fabricParams(), protectionContainerName: `cloud_${current().fabricName}` });
  let reprotect: { params: Record<string, string>; body: unknown } | null = null;
  let cancelJobId = '';
  let policyCounter = 0;
  const arm = (route: string) => `${ARM_PREFIX}${route}`;
  return {
    [arm('replicationFabrics GET')]: { permission: 'vault.read' },
    [arm('replicationFabrics/[fabricName] GET')]: { permission: 'vault.read', params: fabricParams },
    [arm('replicationFabrics/[fabricName]/replicationvCenters GET')]: { permission: 'vault.read', params: fabricParams },
    [arm('replicationFabrics/[fabricName]/replicationProtectionContainers GET')]: { permission: 'vault.read', params: fabricParams },
    [arm('replicationFabrics/[fabricName]/replicationProtectionContainers/[protectionContainerName] GET')]: { permission: 'vault.read', params: containerParams },
    [arm(`${ITEMS} GET`)]: { permission: 'vault.read', params: containerParams, search: "&$filter=protectionState eq 'UnplannedFailoverCommitted'" },
    [arm(`${ITEMS}/[replicatedProtectedItemName] GET`)]: { permission: 'vault.read', params: () => ({ ...containerParams(), replicatedProtectedItemName: current().itemId }) },
    [arm(`${ITEMS}/[replicatedProtectedItemName]/reProtect POST`)]: {
      permission: 'items.reprotect',
      params: () => reprotect!.params,
      body: () => reprotect!.body,
      prepare: async () => void (reprotect = await reprotectCall(current())),
      status: 202,
    },
    [arm(`${ITEMS}/[replicatedProtectedItemName]/unplannedFailover POST`)]: {
      permission: 'items.failover',
      params: () => ({ ...containerParams(), replicatedProtectedItemName: current().failbackItemId }),
      body: () => ({ properties: { failoverDirection: 'RecoveryToPrimary', providerSpecificDetails: { instanceType: 'InMage', recoveryPointType: 'LatestTime' } } }),
      // The copy's replications have taken no point yet (the runner takes them): one a minute old.
      prepare: async () => {
        const { db, failbackItemId } = current();
        if ((await db.recoveryPoint.count({ where: { itemId: failbackItemId } })) === 0) {
          await db.recoveryPoint.create({ data: { itemId: failbackItemId, time: new Date(Date.now() - 60_000), type: 'CrashConsistent' } });
        }
      },
      status: 202,
    },
    [arm(`${ITEMS}/[replicatedProtectedItemName]/failoverCommit POST`)]: {
      permission: 'items.failover',
      params: () => ({ ...containerParams(), replicatedProtectedItemName: current().commitItemId }),
      status: 202,
    },
    [arm('replicationProtectionContainers GET')]: { permission: 'vault.read' },
    [arm('replicationProtectedItems GET')]: { permission: 'vault.read', search: '&$top=5' },
    [arm('replicationJobs GET')]: { permission: 'vault.read', search: "&$filter=jobStatus eq 'Failed'" },
    [arm('replicationJobs/[jobName] GET')]: { permission: 'vault.read', params: () => ({ jobName: current().jobId }) },
    [arm('replicationJobs/[jobName]/cancel POST')]: {
      permission: 'jobs.manage',
      params: () => ({ jobName: cancelJobId }),
      prepare: async () => void (cancelJobId = await queuedJobId(current().db, current().vaultId)),
      status: 202,
    },
    [arm('replicationJobs/[jobName]/restart POST')]: { permission: 'jobs.manage', params: () => ({ jobName: current().failedJobId }), status: 202 },
    [arm('replicationJobs/[jobName]/resume POST')]: {
      permission: 'jobs.manage',
      params: () => ({ jobName: current().suspendedJobId }),
      body: () => ({ properties: { comments: 'go on' } }),
      status: 202,
    },
    [arm('replicationJobs/[jobName]/operationStatus/[action] GET')]: { permission: 'vault.read', params: () => ({ jobName: current().jobId, action: 'reProtect' }) },
    // The resumed (or still suspended) job runs on: its result is not there yet.
    [arm('replicationJobs/[jobName]/operationResults/[action] GET')]: { permission: 'vault.read', params: () => ({ jobName: current().suspendedJobId, action: 'resume' }), status: 202 },
    [arm('replicationRecoveryPlans GET')]: { permission: 'vault.read' },
    [arm('replicationRecoveryPlans/[recoveryPlanName] GET')]: { permission: 'vault.read', params: () => ({ recoveryPlanName: current().planName }) },
    [arm('replicationRecoveryPlans/[recoveryPlanName]/reProtect POST')]: { permission: 'items.reprotect', params: () => ({ recoveryPlanName: 'rp-finance' }), status: 202 },
    // rp-web-tier, which no other case touches, has not been reprotected: the rules refuse, after the role allowed the call.
    [arm('replicationRecoveryPlans/[recoveryPlanName]/unplannedFailover POST')]: {
      permission: 'items.failover',
      params: () => ({ recoveryPlanName: 'rp-web-tier' }),
      body: () => ({ properties: { failoverDirection: 'RecoveryToPrimary', sourceSiteOperations: 'NotRequired' } }),
      status: 400,
    },
    [arm('replicationRecoveryPlans/[recoveryPlanName]/failoverCommit POST')]: { permission: 'items.failover', params: () => ({ recoveryPlanName: 'rp-web-tier' }), status: 400 },
    [arm('replicationPolicies GET')]: { permission: 'vault.read' },
    [arm('replicationPolicies/[policyName] GET')]: { permission: 'vault.read', params: () => ({ policyName: current().forwardPolicyName }) },
    [arm('replicationPolicies/[policyName] PUT')]: {
      permission: 'policies.write',
      params: () => ({ policyName: `arm-policy-${policyCounter}` }),
      prepare: async () => void (policyCounter += 1),
      body: () => ({
        properties: {
          providerSpecificInput: { instanceType: 'InMage', recoveryPointThresholdInMinutes: 60, recoveryPointHistory: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: 'Enabled' },
        },
      }),
      status: 201,
    },
    [arm('replicationPolicies/[policyName] PATCH')]: {
      permission: 'policies.write',
      params: () => ({ policyName: current().forwardPolicyName }),
      body: () => ({ properties: { replicationProviderSettings: { instanceType: 'InMage', recoveryPointThresholdInMinutes: 30 } } }),
    },
    [arm('replicationPolicies/[policyName] DELETE')]: { permission: 'policies.write', params: () => ({ policyName: current().sparePolicyName }) },
  };
}
