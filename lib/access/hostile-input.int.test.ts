import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createMatrixWorld, type MatrixWorld } from '@/test/access-matrix';
import { routeRequest } from '@/test/access';
import type { TestDatabase } from '@/test/database';
import { watchRowChanges, type ChangeWatch } from '@/test/database-changes';
import { setUpRouteDatabase } from '@/test/route-database';
import { actAs } from '@/test/request-headers';
import { appRoutes, paramNames, routeParams, routePath } from '@/test/fuzz/app-routes';

// The inputs that once answered 500: a NUL in a query value or a path segment (PostgreSQL
// cannot store it), a query parameter named like a property of every object, and ids of
// the wrong type in a server action. Each is now a 4xx naming what was wrong, and writes nothing.

vi.mock('next/headers', async () => (await import('@/test/request-headers')).nextHeadersForTests);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

const routeDatabase = setUpRouteDatabase();
let database: TestDatabase;
let world: MatrixWorld;
let changes: ChangeWatch;

const VAULT_GET_ROUTES = appRoutes().filter((route) => route.folder.startsWith('api/vaults/[vaultName]'));

beforeAll(async () => {
  database = routeDatabase.current();
  world = await createMatrixWorld(database.db);
  changes = await watchRowChanges(database.db);
}, 120_000);

async function get(folder: string, values: Record<string, string>, search = '') {
  const route = VAULT_GET_ROUTES.find((candidate) => candidate.folder === folder)!;
  const { GET } = (await import(/* @vite-ignore */ route.file)) as { GET: Handler };
  const response = await GET(routeRequest(`${routePath(route, values)}${search}`, { headers: world.headers.Owner }), {
    params: Promise.resolve(routeParams(route, values)),
  });
  return { status: response.status, text: await response.text() };
}

describe('hostile text in a route request', () => {
  it.each(VAULT_GET_ROUTES.map((route) => route.folder))('%s: a NUL in a query value is a 400 naming the parameter', async (folder) => {
    const { status, text } = await get(folder, { vaultName: world.vault.name, ...Object.fromEntries(paramNames(VAULT_GET_ROUTES.find((r) => r.folder === folder)!).slice(1).map((name) => [name, 'x'])) }, '?q=dc%00');
    expect(status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ error: "Invalid query parameter 'q': it contains a NUL character (U+0000), which cannot be stored." });
    expect(await changes.changesSinceLastCall()).toEqual([]);
  });

  it.each(VAULT_GET_ROUTES.filter((route) => paramNames(route).length > 1).map((route) => [route.folder, paramNames(route)[1]!] as const))(
    '%s: a NUL in the %s segment is a 400 naming it',
    async (folder, name) => {
      const { status, text } = await get(folder, { vaultName: world.vault.name, [name]: 'dc-02\u0000' });
      expect(status).toBe(400);
      expect(JSON.parse(text)).toMatchObject({ error: `Invalid path segment '${name}': it contains a NUL character (U+0000), which cannot be stored.` });
    },
  );

  it('the CSV export refuses a NUL whole, instead of breaking off after its header line', async () => {
    const { status, text } = await get('api/vaults/[vaultName]/jobs/export', { vaultName: world.vault.name }, '?q=%00');
    expect(status).toBe(400);
    expect(text).not.toMatch(/^\uFEFFName,/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('a query parameter named %s is a parameter like any other', async (name) => {
    for (const folder of ['api/vaults/[vaultName]/jobs', 'api/vaults/[vaultName]/replicated-items', 'api/vaults/[vaultName]/activity-log']) {
      const { status } = await get(folder, { vaultName: world.vault.name }, `?${name}=x&page=1`);
      expect(status, `${folder}?${name}=x`).toBe(200);
    }
  });
});

describe('hostile arguments to a server action', () => {
  it('a NUL in a field is refused as invalid, naming the field, before the vault is read', async () => {
    const { setSiteConnectivityAction } = await import('@/lib/actions/lab');
    actAs(world.headers.Owner);
    const result = await setSiteConnectivityAction(world.vault.name, { s2sVpn: true, expressRoute: false, expressRoutePeering: 'None\u0000' } as never);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', fieldErrors: { expressRoutePeering: "The value of 'expressRoutePeering' contains a NUL character (U+0000), which cannot be stored." } } });
    expect(await changes.changesSinceLastCall()).toEqual([]);
  });

  it.each([{ id: { not: 'an id' } }, { id: 42 }, { id: ['a'] }, { id: 'x\u0000' }, { id: '' }])('a policy id that cannot be one ($id) is not found, not unexpected', async ({ id }) => {
    const { updatePolicySettingsAction } = await import('@/lib/actions/policies');
    actAs(world.headers.Owner);
    const result = await updatePolicySettingsAction(world.vault.name, id as never, {
      recoveryPointThresholdInMinutes: 30,
      recoveryPointHistoryInMinutes: 1440,
      appConsistentFrequencyInMinutes: 60,
      multiVmSyncStatus: true,
    });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.error.kind).toMatch(/^(invalid|not-found)$/);
    expect(await changes.changesSinceLastCall()).toEqual([]);
  });
});
