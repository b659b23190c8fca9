import fc from 'fast-check';
import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { VAULT_ROLES } from '../lib/domain/access/roles';
import { fieldName, hostileString, hostileValue, jsonText, KNOWN_FIELDS, KNOWN_QUERY_PARAMETERS } from '../test/fuzz/arbitraries';
import { appPages, appRoutes, escapeSegment, paramNames, routePath, type AppRoute } from '../test/fuzz/app-routes';
import { FUZZ_SEED, runsOf, seedOf } from '../test/fuzz/runs';
import { FuzzTally, leakIn } from '../test/fuzz/verdicts';
import { ownSessionOf, SIGNED_OUT } from './sign-in';
import { test, type DemoVault } from './demo-vault';
import { builtActions, vaultState, type BuiltAction } from './server-calls';

// The fuzz suite's part over HTTP, against the running production server: its request
// parsing, its proxy and its server action handling are where malformed requests used to
// become 500s. Random and hostile addresses, query strings, methods, headers and bodies go
// to every route handler and page (found by scanning app/) and every server action (from
// the build's manifest), as nobody and as each role. Never a 5xx, never a leak, and the
// vault is as it was after every stretch of requests that could not have written.

const RUNS = { routes: runsOf(1_500), pages: runsOf(400), actions: runsOf(1_000) };
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Raw escapes no encoder produces: malformed, overlong, encoded surrogates, NUL. */
const RAW_ESCAPES = ['%', '%%', '%E0%A4%A', '%00', 'a%00b', '%zz', '%C0%AF', '%ED%A0%80', '%FF', '%2e%2e', '..', '%2F', '%u0041'];
const CHECK_EVERY = 25;

interface Caller {
  name: string;
  context: APIRequestContext;
}

interface HttpInput {
  caller: number;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string;
}

let callers: Caller[] = [];
const tally = new FuzzTally();

// Each role calls with a session of its own, and nobody with none at all: the fuzzed calls
// include signing out, which must not end the sessions the other tests share.
test.beforeAll(async ({ baseURL, browser }) => {
  // Four sign-ins through the page, on a machine that may be busy.
  test.setTimeout(300_000);
  callers = [{ name: 'anonymous', context: await playwrightRequest.newContext({ baseURL, storageState: SIGNED_OUT }) }];
  const anonymous = await callers[0]!.context.get('/api/vaults/any/jobs');
  expect(anonymous.status(), 'the anonymous caller has no session').toBe(401);
  for (const role of VAULT_ROLES) {
    callers.push({ name: role, context: await playwrightRequest.newContext({ baseURL, storageState: await ownSessionOf(browser, baseURL!, role) }) });
  }
});

test.afterAll(async () => {
  await Promise.all(callers.map((caller) => caller.context.dispose()));
  console.log(tally.report(`Requests fuzzed over HTTP (seed ${FUZZ_SEED})`));
});

function segment(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...real).map(escapeSegment) },
    { weight: 2, arbitrary: hostileString().map((text) => escapeSegment(text.slice(0, 2_000))) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_ESCAPES) },
  );
}

function queryString(): fc.Arbitrary<string> {
  const part = fc.oneof(
    { weight: 3, arbitrary: hostileString().map((text) => encodeURIComponent(text.slice(0, 500).replace(/[\uD800-\uDFFF]/g, '\uFFFD'))) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_ESCAPES) },
    { weight: 1, arbitrary: fc.constantFrom('Failed', '24h', 'name', 'desc', '2', 'Windows') },
  );
  const pair = fc.tuple(fieldName(KNOWN_QUERY_PARAMETERS).map(escapeSegment), part).map(([name, value]) => `${name}=${value}`);
  return fc.oneof(fc.constant(''), fc.array(pair, { minLength: 1, maxLength: 4 }).map((pairs) => `?${pairs.join('&')}`), fc.constantFrom('?', '?&&==&', '?%', '?a=%zz'));
}

function bodyText(ids: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: hostileValue(KNOWN_FIELDS, ids).map(jsonText) },
    { weight: 1, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.constantFrom('{"a":', '', '\uFEFF[]', '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]\r\n--x--', `"${'x'.repeat(1_100_000)}"`) },
  );
}

/** A header now and then: `percent` of the inputs carry it. */
function sometimes(name: string, values: fc.Arbitrary<string>, percent: number): fc.Arbitrary<Record<string, string>> {
  return fc.oneof({ weight: 100 - percent, arbitrary: fc.constant({}) }, { weight: percent, arbitrary: values.map((value) => ({ [name]: value })) });
}

function headersArbitrary(): fc.Arbitrary<Record<string, string>> {
  return fc
    .tuple(
      sometimes('content-type', fc.constantFrom('application/json', 'text/plain;charset=UTF-8', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/xml'), 70),
      sometimes('accept', fc.constantFrom('text/html', 'application/json', 'text/x-component', '*/*'), 50),
      sometimes('origin', fc.constantFrom('https://attacker.example', 'null'), 8),
      sometimes('authorization', fc.constantFrom('Bearer vpat_forged', 'Basic YWRtaW46YWRtaW4=', 'Bearer'), 10),
      sometimes('next-action', fc.oneof(fc.stringMatching(/^[0-9a-f]{42}$/), fc.constantFrom('zz', '')), 10),
    )
    .map((parts) => Object.assign({}, ...parts) as Record<string, string>);
}

/** Every dynamic segment of the vault's world by name: the vault, its rows' ids. */
async function worldValues(vault: DemoVault, database: Parameters<typeof vaultState>[0]) {
  const vaultRow = await database.vault.findUniqueOrThrow({ where: { name: vault.name } });
  const inVault = { vaultId: vaultRow.id };
  const [items, jobs, plans, policies, masterTargets, processServers, datastores] = await Promise.all([
    database.replicatedItem.findMany({ where: inVault, select: { id: true }, take: 10 }),
    database.job.findMany({ where: inVault, select: { id: true }, take: 10 }),
    database.recoveryPlan.findMany({ where: inVault, select: { id: true } }),
    database.replicationPolicy.findMany({ where: inVault, select: { id: true } }),
    database.masterTargetServer.findMany({ where: inVault, select: { id: true } }),
    database.processServer.findMany({ where: inVault, select: { id: true } }),
    database.datastore.findMany({ where: { vcenter: inVault }, select: { id: true }, take: 10 }),
  ]);
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const values: Record<string, string[]> = {
    vaultName: [vault.name],
    subscriptionId: [vaultRow.subscriptionId],
    resourceGroupName: [vaultRow.resourceGroup],
    resourceName: [vault.name],
    itemId: ids(items),
    jobId: ids(jobs),
    planId: ids(plans),
    policyId: ids(policies),
    masterTargetId: ids(masterTargets),
    processServerId: ids(processServers),
    datastoreId: ids(datastores),
  };
  return { vaultId: vaultRow.id, values, all: Object.values(values).flat() };
}

function pathArbitrary(routes: AppRoute[], values: Record<string, string[]>, all: string[]): fc.Arbitrary<{ template: string; path: string }> {
  return fc.constantFrom(...routes).chain((route) =>
    fc.record(Object.fromEntries(paramNames(route).map((name) => [name, segment(values[name] ?? all)])) as Record<string, fc.Arbitrary<string>>).map((filled) => ({
      template: `/${route.folder}`,
      path: routePath(route, filled, (value) => value),
    })),
  );
}

/**
 * Sends each input and checks the answer; every CHECK_EVERY inputs, when none of them
 * could have written (a read, or a refusal), the vault must be exactly as before.
 */
async function fuzz(
  name: string,
  runs: number,
  input: fc.Arbitrary<HttpInput & { target: string }>,
  state: () => Promise<string>,
  wrote: (input: HttpInput, status: number, text: string) => boolean,
) {
  let before = await state();
  let mayHaveWritten = false;
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(input, async (request) => {
      const caller = callers[request.caller % callers.length]!;
      const response = await caller.context.fetch(`${request.path}${request.query}`, {
        method: request.method,
        headers: request.headers,
        data: request.body === undefined ? undefined : Buffer.from(request.body),
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      const text = await response.text();
      tally.record(request.target, response.status());
      const label = `${request.method} ${request.path}${request.query} as ${caller.name}`.slice(0, 300);
      expect(response.status(), `${label}: ${text.slice(0, 300)}`).toBeLessThan(500);
      expect(leakIn(text), `${label} leaked its insides`).toBeNull();
      expect(text, `${label} failed unexpectedly`).not.toContain('"kind":"unexpected"');
      mayHaveWritten ||= wrote(request, response.status(), text);
      if (++sent % CHECK_EVERY === 0) {
        const after = await state();
        if (!mayHaveWritten) expect(after, `${name}: a stretch of refusals changed the vault`).toBe(before);
        before = after;
        mayHaveWritten = false;
      }
    }),
    { numRuns: runs, seed: seedOf(name), endOnFailure: true },
  );
}

test.describe('Random and hostile requests over HTTP', () => {
  test.describe.configure({ timeout: 900_000 });

  test('to every route handler', async ({ vault, database }) => {
    const world = await worldValues(vault, database);
    const input = fc.record({
      route: pathArbitrary(appRoutes(), world.values, world.all),
      query: queryString(),
      method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'PATCH', 'DELETE'),
      headers: headersArbitrary(),
      body: bodyText(world.all),
      caller: fc.nat(),
    }).map(({ route, body, ...rest }) => ({ ...rest, target: route.template, path: route.path, body: READS.has(rest.method) ? undefined : body }));
    await fuzz('routes', RUNS.routes, input, () => vaultState(database, world.vaultId), (request, status) => !READS.has(request.method) && status < 400);
  });

  test('to every page', async ({ vault, database }) => {
    const world = await worldValues(vault, database);
    const input = fc.record({
      route: pathArbitrary(appPages(), world.values, world.all),
      query: queryString(),
      method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE'),
      headers: headersArbitrary().map(({ 'next-action': _action, ...headers }) => headers),
      body: bodyText(world.all),
      caller: fc.nat(),
    }).map(({ route, body, ...rest }) => ({ ...rest, target: `page ${route.template}`, path: route.path, body: READS.has(rest.method) ? undefined : body }));
    await fuzz('pages', RUNS.pages, input, () => vaultState(database, world.vaultId), (request, status) => !READS.has(request.method) && status < 400);
  });

  test('to every server action', async ({ vault, database }) => {
    const world = await worldValues(vault, database);
    const actions = builtActions();
    const args = fc.array(hostileValue(KNOWN_FIELDS, world.all), { maxLength: 3 });
    const body = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.constantFrom(vault.name, vault.name, 'no-such-vault'), args).map(([name, rest]) => jsonText([name, ...rest])) },
      { weight: 1, arbitrary: bodyText(world.all) },
      { weight: 1, arbitrary: fc.constantFrom('["$1"]', '["$@0"]', '["$K1"]', '["$Q0"]', '["$nx"]', '["$h0"]', '["$T"]', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]') },
    );
    const input = fc.record({
      action: fc.constantFrom(...actions),
      body,
      contentType: fc.constantFrom('text/plain;charset=UTF-8', 'text/plain;charset=UTF-8', 'text/plain;charset=UTF-8', 'multipart/form-data; boundary=x', 'application/json'),
      origin: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('https://attacker.example', 'null') }),
      caller: fc.nat(),
    }).map(({ action, body: text, contentType, origin, caller }) => ({
      target: `action ${action.name}`,
      method: 'POST',
      path: pagePath(action, vault, world.values),
      query: '',
      headers: { 'next-action': action.id, 'content-type': contentType, accept: 'text/x-component', ...(origin ? { origin } : {}) },
      body: text,
      caller,
    }));
    await fuzz('actions', RUNS.actions, input, () => vaultState(database, world.vaultId), (_request, status, text) => status < 400 && !text.includes('"ok":false'));
  });
});

function pagePath(action: BuiltAction, vault: DemoVault, values: Record<string, string[]>): string {
  return action.page.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => (name === 'vaultName' ? vault.name : (values[name]?.[0] ?? 'x')));
}
