import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMatrixWorld, EXPECTED_REFUSAL, REFUSED_CALLERS, ROLE_CALLERS, type MatrixWorld } from '@/test/access-matrix';
import { routeRequest } from '@/test/access';
import { databaseSnapshot } from '@/test/database-snapshot';
import type { TestDatabase } from '@/test/database';
import { setUpRouteDatabase } from '@/test/route-database';
import { API_VERSION, ARM_PREFIX, ARM_VAULT, armRouteCases, prepareArmCases, type ArmCaseContext, type RouteCase } from '@/test/arm-route-cases';
import { HTTP_STATUS } from '@/lib/schemas/action-result';
import { roleCan, type Permission } from '@/lib/domain/access/roles';

// Every route handler under app/api and of the automation API (app/subscriptions/…)
// × every kind of caller: a session or token with a role that grants the route's
// permission gets an answer; anyone else gets 401, 403 or 404 and changes nothing. A
// route file or method without a case here fails the test.

type Handler = ((request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>) & { permission?: Permission };

const API_DIR = path.join(process.cwd(), 'app', 'api');
const ARM_DIR = path.join(process.cwd(), 'app', ...ARM_VAULT.split('/'));
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Routes anyone may call: liveness, and the automation API's OpenAPI document. */
const PUBLIC_ROUTES = new Set(['health GET', 'openapi.json GET']);

const routeDatabase = setUpRouteDatabase();

let database: TestDatabase;
let world: MatrixWorld;
let ids: { itemId: string; jobId: string; planId: string; forwardPolicyId: string; spareForwardPolicyId: string };
let armContext: ArmCaseContext;

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

  ...armRouteCases(() => armContext),
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
  const params = { vaultName, ...(arm ? armContext.vaultPath : {}), ...(routeCase.params?.() ?? {}) };
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
  const forward = await db.replicationPolicy.findFirstOrThrow({ where: { vaultId, direction: 'Forward', friendlyName: { not: 'spare-policy' } } });
  armContext = await prepareArmCases(db, vaultId, ['spare-policy']);
  ids = {
    itemId: (await db.replicatedItem.findFirstOrThrow({ where: { vaultId, friendlyName: 'dc-02' } })).id,
    jobId: (await db.job.findFirstOrThrow({ where: { vaultId } })).id,
    planId: (await db.recoveryPlan.findFirstOrThrow({ where: { vaultId } })).id,
    forwardPolicyId: forward.id,
    spareForwardPolicyId: spare.data.forwardPolicyId,
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
