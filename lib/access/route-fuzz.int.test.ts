import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeRequest } from '@/test/access';
import type { TestDatabase } from '@/test/database';
import { setUpRouteDatabase } from '@/test/route-database';
import { deepArray, fieldName, hostileString, hostileValue, jsonText, KNOWN_FIELDS, KNOWN_QUERY_PARAMETERS } from '@/test/fuzz/arbitraries';
import { appRoutes, HTTP_METHODS, paramNames, routeParams, routePath, type AppRoute } from '@/test/fuzz/app-routes';
import { watchRowChanges, type ChangeWatch } from '@/test/database-changes';
import { callerHeaders, createFuzzWorld, valueFor, type FuzzWorld } from '@/test/fuzz/fuzz-world';
import { FUZZ_SEED, runsOf, seedOf } from '@/test/fuzz/runs';
import { FuzzTally, leakIn } from '@/test/fuzz/verdicts';

// Property-based: every route handler under app/ (found by scanning, so routes added
// later are included) gets random and hostile path segments, query strings, bodies and
// callers. Whatever comes in: never a 5xx, never a stack trace or driver error in the
// answer, an answer that can be read to its end, and a refusal that changes no row.

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

const RUNS_PER_HANDLER = runsOf(300);
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/merge-patch+json',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----fuzz',
  'application/xml',
  'APPLICATION/JSON',
];

const routeDatabase = setUpRouteDatabase();
let database: TestDatabase;
let world: FuzzWorld;
let changes: ChangeWatch;
const tally = new FuzzTally();

interface FuzzedRequest {
  caller: string;
  headers: Record<string, string>;
  values: Record<string, string>;
  query: Array<[string, string]>;
  body?: { text: string; contentType?: string };
}

function bodyArbitrary(): fc.Arbitrary<{ text: string; contentType?: string }> {
  const text = fc.oneof(
    { weight: 5, arbitrary: hostileValue(KNOWN_FIELDS, world.ids).map(jsonText) },
    { weight: 1, arbitrary: deepArray().map(jsonText) },
    { weight: 1, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.constantFrom('{"a":', '{"recoveryPointThresholdInMinutes": 30,}', '\uFEFF{}', '{"x": "\\ud800"}', '{"x": "\\u0000"}', '[]', '""', 'null') },
    { weight: 1, arbitrary: fc.constant(`{"friendlyName": "${'x'.repeat(1_100_000)}"}`) },
  );
  const contentType = fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined, freq: 6 });
  return fc.record({ text, contentType });
}

function requestArbitrary(route: AppRoute, method: string): fc.Arbitrary<FuzzedRequest> {
  const values = fc.record(Object.fromEntries(paramNames(route).map((name) => [name, valueFor(world, name)])) as Record<string, fc.Arbitrary<string>>);
  const queryValue = fc.oneof(hostileString(), fc.constantFrom(...world.ids), fc.constantFrom('Failed', 'InProgress', '24h', '7d', 'name', 'desc', '2', 'Windows', 'All'));
  const query = fc.array(fc.tuple(fieldName(KNOWN_QUERY_PARAMETERS), queryValue), { maxLength: 4 });
  const body = WRITE_METHODS.has(method) ? fc.option(bodyArbitrary(), { nil: undefined, freq: 8 }) : fc.constant(undefined);
  return fc.record({ caller: callerHeaders(world), values, query, body }).map(({ caller, ...rest }) => ({ ...caller, ...rest }));
}

async function send(route: AppRoute, method: string, handler: Handler, input: FuzzedRequest): Promise<{ status: number; text: string }> {
  const search = new URLSearchParams(input.query).toString();
  const url = `${routePath(route, input.values)}${search ? `?${search}` : ''}`;
  const headers = { ...input.headers, ...(input.body?.contentType ? { 'content-type': input.body.contentType } : {}) };
  const request = routeRequest(url, { method, headers, body: input.body?.text });
  const response = await handler(request, { params: Promise.resolve(routeParams(route, input.values)) });
  // Read to the end: a download that breaks off midway fails here.
  return { status: response.status, text: await response.text() };
}

async function handlersOf(route: AppRoute): Promise<Array<[string, Handler]>> {
  const exports = (await import(/* @vite-ignore */ route.file)) as Record<string, unknown>;
  return HTTP_METHODS.filter((method) => typeof exports[method] === 'function').map((method) => [method, exports[method] as Handler]);
}

const ROUTES = appRoutes();

beforeAll(async () => {
  database = routeDatabase.current();
  world = await createFuzzWorld(database.db);
  changes = await watchRowChanges(database.db);
}, 120_000);

afterAll(() => {
  console.log(`${tally.report(`Route handlers fuzzed in process (seed ${FUZZ_SEED})`)}`);
});

describe('every route handler, given random and hostile requests', () => {
  it('finds the route handlers by scanning app/', () => {
    expect(ROUTES.map((route) => route.folder)).toContain('api/vaults/[vaultName]/jobs');
  });

  it.each(ROUTES.map((route) => [route.folder, route] as const))('%s: no 5xx, no leak, refusals change nothing', async (folder, route) => {
    for (const [method, handler] of await handlersOf(route)) {
      const target = `${method} /${folder}`;
      const writes = WRITE_METHODS.has(method);
      await changes.changesSinceLastCall();
      await fc.assert(
        fc.asyncProperty(requestArbitrary(route, method), async (input) => {
          const { status, text } = await send(route, method, handler, input);
          tally.record(target, status);
          expect(status, `${target} as ${input.caller}: ${text.slice(0, 300)}`).toBeLessThan(500);
          expect(leakIn(text), `${target} leaked its insides`).toBeNull();
          expect(({} as Record<string, unknown>).polluted, 'a request polluted Object.prototype').toBeUndefined();
          // A refusal changes no row; a read changes none whatever it answered.
          const written = await changes.changesSinceLastCall();
          if (status >= 400 || !writes) expect(written, `${target} answered ${status} as ${input.caller} but wrote rows`).toEqual([]);
        }),
        { numRuns: RUNS_PER_HANDLER, seed: seedOf(target), endOnFailure: true },
      );
    }
  }, 900_000);
});
