import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMatrixWorld, EXPECTED_REFUSAL, REFUSED_CALLERS, ROLE_CALLERS, type MatrixWorld } from '@/test/access-matrix';
import { routeRequest } from '@/test/access';
import { databaseSnapshot } from '@/test/database-snapshot';
import type { TestDatabase } from '@/test/database';
import { setUpRouteDatabase } from '@/test/route-database';
import { HTTP_STATUS } from '@/lib/schemas/action-result';
import { roleCan, type Permission } from '@/lib/domain/access/roles';

// Every route handler under app/api and of the automation API (app/subscriptions/…)
// × every kind of caller: a session or token with a role that grants the route's
// permission gets an answer; anyone else gets 401, 403 or 404 and changes nothing. A
// route file or method without a case here fails the test.

type Handler = ((request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>) & { permission?: Permission };

const API_DIR = path.join(process.cwd(), 'app', 'api');
/** The automation API's vault, as its routes sit in app/: cases name its routes "arm:<path below the vault>". */
const ARM_PREFIX = 'arm:';
const ARM_VAULT = 'subscriptions/[subscriptionId]/resourceGroups/[resourceGroupName]/providers/Microsoft.RecoveryServices/vaults/[vaultName]';
const ARM_DIR = path.join(process.cwd(), 'app', ...ARM_VAULT.split('/'));
const API_VERSION = '?api-version=2023-06-01';
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Routes anyone may call: liveness, and the automation API's OpenAPI document. */
const PUBLIC_ROUTES = new Set(['health GET', 'openapi.json GET']);

interface RouteCase {
  permission: Permission;
  /** The route's parameters besides the vault, and its query string or body. */
  params?: () => Record<string, string>;
  search?: string;
  body?: () => unknown;
  /** The allowed caller's answer, when not 200 (a long-running operation's 202, a creation's 201). */
  status?: number;
  /** Runs before each call: a fresh target for a write that can only be made once. */
  prepare?: () => Promise<unknown>;
}

const routeDatabase = setUpRouteDatabase();

/** Items a write of one case may take without touching another case's: outside recovery plans, idle, ready for reprotect. */
const FREE_ITEMS = {
  protectionState: 'UnplannedFailoverCommitted' as const,
  replicationGroupId: null,
  planMemberships: { none: {} },
  // A failed job's item stays with it: the restart case restarts it.
  jobs: { none: { state: { in: ['NotStarted' as const, 'InProgress' as const, 'Failed' as const] } } },
};

/** A reprotect job queued for the first item that can take one. */
async function queuedJobIdFor(db: TestDatabase['db'], vaultId: string): Promise<string> {
  const { submitReprotect } = await import('@/lib/data/reprotect');
  const { firstAcceptedReprotect } = await import('@/lib/data/reprotect-choices');
  const candidates = await db.replicatedItem.findMany({ where: { ...FREE_ITEMS, vaultId }, select: { id: true } });
  for (const { id } of candidates) {
    const input = await firstAcceptedReprotect(id, db);
    const result = input ? await submitReprotect(vaultId, input, db) : null;
    if (result?.ok) return result.data.jobId;
  }
  throw new Error('no item left to queue a job for');
}
let database: TestDatabase;
let world: MatrixWorld;
let ids: {
  itemId: string;
  jobId: string;
  planId: string;
  forwardPolicyId: string;
  spareForwardPolicyId: string;
  fabricName: string;
  failedJobId: string;
  suspendedJobId: string;
  planName: string;
  forwardPolicyName: string;
  spareForwardPolicyName: string;
};
let vaultPath: { subscriptionId: string; resourceGroupName: string };
let counter = 0;

/** A ReverseReplicationInput the rules accept for the next item that can be reprotected, and that item's path. */
async function reprotectCall(): Promise<{ params: Record<string, string>; body: unknown }> {
  const { firstAcceptedReprotect } = await import('@/lib/data/reprotect-choices');
  const { db } = database;
  const candidates = await db.replicatedItem.findMany({
    where: { ...FREE_ITEMS, vaultId: world.vault.id },
    select: { id: true, forwardPolicy: { select: { failbackPolicy: { select: { friendlyName: true } } } } },
  });
  for (const item of candidates) {
    const input = await firstAcceptedReprotect(item.id, db);
    if (!input) continue;
    const volume = await db.masterTargetVolume.findUniqueOrThrow({ where: { id: input.retentionVolumeId } });
    const datastore = await db.datastore.findUniqueOrThrow({ where: { id: input.datastoreId } });
    const body = {
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        providerSpecificDetails: {
          instanceType: 'InMage',
          masterTargetId: input.masterTargetId,
          processServerId: input.processServerId,
          retentionDrive: volume.volumeName,
          datastoreName: datastore.symbolicName,
          profileId: item.forwardPolicy.failbackPolicy!.friendlyName,
        },
      },
    };
    return { params: { ...containerParams(), replicatedProtectedItemName: item.id }, body };
  }
  throw new Error('no item left to reprotect');
}

const fabricParams = () => ({ fabricName: ids.fabricName });
const containerParams = () => ({ ...fabricParams(), protectionContainerName: `cloud_${ids.fabricName}` });
const ITEMS = 'replicationFabrics/[fabricName]/replicationProtectionContainers/[protectionContainerName]/replicationProtectedItems';
let pendingReprotect: { params: Record<string, string>; body: unknown } | null = null;

/** The reprotect case reads its path and body together: one call of reprotectCall per request. */
async function nextReprotect() {
  pendingReprotect = await reprotectCall();
  return pendingReprotect;
}

const CASES: Record<string, RouteCase> = {
  'vaults/[vaultName]/jobs GET': { permission: 'vault.read', search: '?status=Failed' },
  'vaults/[vaultName]/jobs/export GET': { permission: 'vault.export' },
  'vaults/[vaultName]/jobs/[jobId] GET': { permission: 'vault.read', params: () => ({ jobId: ids.jobId }) },
  'vaults/[vaultName]/replicated-items GET': { permission: 'vault.read', search: '?q=dc' },
  'vaults/[vaultName]/replicated-items/[itemId] GET': { permission: 'vault.read', params: () => ({ itemId: ids.itemId }) },
  'vaults/[vaultName]/replicated-items/[itemId]/reprotect-validation GET': { permission: 'reprotect.validate', params: () => ({ itemId: ids.itemId }) },
  'vaults/[vaultName]/recovery-plans GET': { permission: 'vault.read' },
  'vaults/[vaultName]/recovery-plans/[planId] GET': { permission: 'vault.read', params: () => ({ planId: ids.planId }) },
  'vaults/[vaultName]/policies GET': { permission: 'vault.read' },
  'vaults/[vaultName]/policies/[policyId] GET': { permission: 'vault.read', params: () => ({ policyId: ids.forwardPolicyId }) },
  'vaults/[vaultName]/policies/[policyId] PATCH': {
    permission: 'policies.write',
    params: () => ({ policyId: ids.forwardPolicyId }),
    body: () => ({ recoveryPointThresholdInMinutes: 45 }),
  },
  'vaults/[vaultName]/policies/[policyId] DELETE': { permission: 'policies.write', params: () => ({ policyId: ids.spareForwardPolicyId }) },
  'vaults/[vaultName]/activity-log GET': { permission: 'vault.read', search: '?timespan=24h' },
  'vaults/[vaultName]/activity-log/export GET': { permission: 'vault.export' },

  [`${ARM_PREFIX}replicationFabrics GET`]: { permission: 'vault.read' },
  [`${ARM_PREFIX}replicationFabrics/[fabricName] GET`]: { permission: 'vault.read', params: fabricParams },
  [`${ARM_PREFIX}replicationFabrics/[fabricName]/replicationvCenters GET`]: { permission: 'vault.read', params: fabricParams },
  [`${ARM_PREFIX}replicationFabrics/[fabricName]/replicationProtectionContainers GET`]: { permission: 'vault.read', params: fabricParams },
  [`${ARM_PREFIX}replicationFabrics/[fabricName]/replicationProtectionContainers/[protectionContainerName] GET`]: { permission: 'vault.read', params: containerParams },
  [`${ARM_PREFIX}${ITEMS} GET`]: { permission: 'vault.read', params: containerParams, search: "&$filter=protectionState eq 'UnplannedFailoverCommitted'" },
  [`${ARM_PREFIX}${ITEMS}/[replicatedProtectedItemName] GET`]: { permission: 'vault.read', params: () => ({ ...containerParams(), replicatedProtectedItemName: ids.itemId }) },
  [`${ARM_PREFIX}${ITEMS}/[replicatedProtectedItemName]/reProtect POST`]: {
    permission: 'items.reprotect',
    params: () => pendingReprotect!.params,
    body: () => pendingReprotect!.body,
    prepare: nextReprotect,
    status: 202,
  },
  [`${ARM_PREFIX}replicationProtectionContainers GET`]: { permission: 'vault.read' },
  [`${ARM_PREFIX}replicationProtectedItems GET`]: { permission: 'vault.read', search: '&$top=5' },
  [`${ARM_PREFIX}replicationJobs GET`]: { permission: 'vault.read', search: "&$filter=jobStatus eq 'Failed'" },
  [`${ARM_PREFIX}replicationJobs/[jobName] GET`]: { permission: 'vault.read', params: () => ({ jobName: ids.jobId }) },
  [`${ARM_PREFIX}replicationJobs/[jobName]/cancel POST`]: { permission: 'jobs.manage', params: () => ({ jobName: ids.jobId }), prepare: async () => void (ids.jobId = await queuedJobIdFor(database.db, world.vault.id)), status: 202 },
  [`${ARM_PREFIX}replicationJobs/[jobName]/restart POST`]: { permission: 'jobs.manage', params: () => ({ jobName: ids.failedJobId }), status: 202 },
  [`${ARM_PREFIX}replicationJobs/[jobName]/resume POST`]: { permission: 'jobs.manage', params: () => ({ jobName: ids.suspendedJobId }), body: () => ({ properties: { comments: 'go on' } }), status: 202 },
  [`${ARM_PREFIX}replicationJobs/[jobName]/operationStatus/[action] GET`]: { permission: 'vault.read', params: () => ({ jobName: ids.jobId, action: 'reProtect' }) },
  [`${ARM_PREFIX}replicationJobs/[jobName]/operationResults/[action] GET`]: { permission: 'vault.read', params: () => ({ jobName: ids.suspendedJobId, action: 'resume' }), status: 202 },
  [`${ARM_PREFIX}replicationRecoveryPlans GET`]: { permission: 'vault.read' },
  [`${ARM_PREFIX}replicationRecoveryPlans/[recoveryPlanName] GET`]: { permission: 'vault.read', params: () => ({ recoveryPlanName: ids.planName }) },
  [`${ARM_PREFIX}replicationRecoveryPlans/[recoveryPlanName]/reProtect POST`]: { permission: 'items.reprotect', params: () => ({ recoveryPlanName: 'rp-finance' }), status: 202 },
  [`${ARM_PREFIX}replicationPolicies GET`]: { permission: 'vault.read' },
  [`${ARM_PREFIX}replicationPolicies/[policyName] GET`]: { permission: 'vault.read', params: () => ({ policyName: ids.forwardPolicyName }) },
  [`${ARM_PREFIX}replicationPolicies/[policyName] PUT`]: {
    permission: 'policies.write',
    params: () => ({ policyName: `arm-policy-${counter}` }),
    prepare: async () => void (counter += 1),
    body: () => ({ properties: { providerSpecificInput: { instanceType: 'InMage', recoveryPointThresholdInMinutes: 60, recoveryPointHistory: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: 'Enabled' } } }),
    status: 201,
  },
  [`${ARM_PREFIX}replicationPolicies/[policyName] PATCH`]: {
    permission: 'policies.write',
    params: () => ({ policyName: ids.forwardPolicyName }),
    body: () => ({ properties: { replicationProviderSettings: { instanceType: 'InMage', recoveryPointThresholdInMinutes: 30 } } }),
  },
  [`${ARM_PREFIX}replicationPolicies/[policyName] DELETE`]: { permission: 'policies.write', params: () => ({ policyName: ids.spareForwardPolicyName }) },
};

function routeFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(root, full);
    return entry.name === 'route.ts' ? [path.relative(root, dir).split(path.sep).join('/')] : [];
  });
}

/** Every route: those under app/api by their path there, the automation API's as "arm:<path below the vault>". */
function allRoutes(): string[] {
  return [...routeFiles(API_DIR), ...routeFiles(ARM_DIR).map((route) => `${ARM_PREFIX}${route}`)];
}

const routeFile = (route: string) =>
  route.startsWith(ARM_PREFIX) ? path.join(ARM_DIR, route.slice(ARM_PREFIX.length), 'route.ts') : path.join(API_DIR, route, 'route.ts');

async function handlersOf(route: string): Promise<Array<[string, Handler]>> {
  const exports = (await import(/* @vite-ignore */ routeFile(route))) as Record<string, unknown>;
  return METHODS.filter((method) => typeof exports[method] === 'function').map((method) => [method, exports[method] as Handler]);
}

function call(handler: Handler, route: string, method: string, routeCase: RouteCase, headers: Record<string, string>, vaultName = world.vault.name) {
  const arm = route.startsWith(ARM_PREFIX);
  const params = { vaultName, ...(arm ? vaultPath : {}), ...(routeCase.params?.() ?? {}) };
  const template = arm ? `/${ARM_VAULT}/${route.slice(ARM_PREFIX.length)}`.replace(/\/$/, '') : `/api/${route}`;
  const search = arm ? `${API_VERSION}${routeCase.search ?? ''}` : (routeCase.search ?? '');
  const url = `${template.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name as keyof typeof params] ?? ''))}${search}`;
  const body = routeCase.body?.();
  const request = routeRequest(url, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handler(request, { params: Promise.resolve(params) });
}

beforeAll(async () => {
  database = routeDatabase.current();
  world = await createMatrixWorld(database.db);
  const { db } = database;
  const vaultId = world.vault.id;
  const { createForwardPolicy } = await import('@/lib/data/policies');
  const spare = await createForwardPolicy(
    vaultId,
    { friendlyName: 'spare-policy', recoveryPointThresholdInMinutes: 60, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: true },
    db,
  );
  if (!spare.ok) throw new Error(spare.error.message);
  const armSpare = await createForwardPolicy(
    vaultId,
    { friendlyName: 'arm-spare-policy', recoveryPointThresholdInMinutes: 60, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: true },
    db,
  );
  if (!armSpare.ok) throw new Error(armSpare.error.message);
  const vaultRow = await db.vault.findUniqueOrThrow({ where: { id: vaultId } });
  vaultPath = { subscriptionId: vaultRow.subscriptionId, resourceGroupName: vaultRow.resourceGroup };
  const forward = await db.replicationPolicy.findFirstOrThrow({ where: { vaultId, direction: 'Forward', friendlyName: { notIn: ['spare-policy', 'arm-spare-policy'] } } });
  const failedJob = await db.job.findFirstOrThrow({ where: { vaultId, state: 'Failed', parentJobId: null, scenarioName: 'ReverseReplication' } });
  const suspended = await queuedJobIdFor(db, vaultId);
  await db.job.update({ where: { id: suspended }, data: { state: 'Suspended' } });
  ids = {
    itemId: (await db.replicatedItem.findFirstOrThrow({ where: { vaultId, friendlyName: 'dc-02' } })).id,
    jobId: (await db.job.findFirstOrThrow({ where: { vaultId } })).id,
    planId: (await db.recoveryPlan.findFirstOrThrow({ where: { vaultId } })).id,
    forwardPolicyId: forward.id,
    spareForwardPolicyId: spare.data.forwardPolicyId,
    fabricName: (await db.configurationServer.findFirstOrThrow({ where: { vaultId } })).id,
    failedJobId: failedJob.id,
    suspendedJobId: suspended,
    planName: (await db.recoveryPlan.findFirstOrThrow({ where: { vaultId } })).friendlyName,
    forwardPolicyName: forward.friendlyName,
    spareForwardPolicyName: 'arm-spare-policy',
  };
}, 120_000);


describe('the authorization matrix of route handlers', () => {
  it('has a case for every route and method, and each names the permission its case expects', async () => {
    const found: string[] = [];
    for (const route of allRoutes()) {
      for (const [method, handler] of await handlersOf(route)) {
        const key = `${route} ${method}`;
        found.push(key);
        if (!PUBLIC_ROUTES.has(key)) expect(handler.permission, `${key} is not made with vaultRoute or vaultWriteRoute`).toBe(CASES[key]?.permission);
      }
    }
    expect(found.sort()).toEqual([...Object.keys(CASES), ...PUBLIC_ROUTES].sort());
  });

  it.each(Object.keys(CASES))('%s: refused callers get 401/403/404 and change nothing; allowed roles get an answer', async (key) => {
    const [route, method] = key.split(' ') as [string, string];
    const routeCase = CASES[key]!;
    const handler = new Map(await handlersOf(route)).get(method)!;
    const { db } = database;

    const refusals: Array<[keyof MatrixWorld['headers'], number]> = [
      ...REFUSED_CALLERS.map((caller) => [caller, HTTP_STATUS[EXPECTED_REFUSAL[caller]]] as [keyof MatrixWorld['headers'], number]),
      ...ROLE_CALLERS.filter((role) => !roleCan(role, routeCase.permission)).map((role) => [role, 403] as [keyof MatrixWorld['headers'], number]),
    ];
    // The automation API answers in ARM's error shape.
    const refusalBody = route.startsWith(ARM_PREFIX) ? { error: { code: expect.any(String), message: expect.any(String) } } : { error: expect.any(String) };
    await routeCase.prepare?.();
    for (const [caller, status] of refusals) {
      const before = await databaseSnapshot(db, world.vault.id);
      const response = await call(handler, route, method, routeCase, world.headers[caller]);
      expect(response.status, `${caller} on ${key}`).toBe(status);
      expect(await response.json()).toMatchObject(refusalBody);
      expect(await databaseSnapshot(db, world.vault.id), `${caller} on ${key} changed the database`).toBe(before);
    }
    const [firstAllowed, ...others] = ROLE_CALLERS.filter((role) => roleCan(role, routeCase.permission));
    await routeCase.prepare?.();
    const first = await call(handler, route, method, routeCase, world.headers[firstAllowed!]);
    expect(first.status, `${firstAllowed} on ${key}: ${await first.clone().text()}`).toBe(routeCase.status ?? 200);
    for (const role of others) {
      await routeCase.prepare?.();
      expect([401, 403]).not.toContain((await call(handler, route, method, routeCase, world.headers[role])).status);
    }
  });

  it('the OpenAPI document answers anyone', async () => {
    const [[, handler]] = (await handlersOf('openapi.json')) as [[string, Handler]];
    expect((await handler(routeRequest('/api/openapi.json'), { params: Promise.resolve({}) })).status).toBe(200);
  });

  it('the health route answers anyone', async () => {
    const [[, handler]] = (await handlersOf('health')) as [[string, Handler]];
    expect((await handler(routeRequest('/api/health'), { params: Promise.resolve({}) })).status).toBe(200);
  });
});
