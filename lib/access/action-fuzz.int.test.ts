import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestDatabase } from '@/test/database';
import { setUpRouteDatabase } from '@/test/route-database';
import { actAs } from '@/test/request-headers';
import { hostileValue, KNOWN_FIELDS } from '@/test/fuzz/arbitraries';
import { watchRowChanges, type ChangeWatch } from '@/test/database-changes';
import { callerHeaders, createFuzzWorld, valueFor, type FuzzWorld } from '@/test/fuzz/fuzz-world';
import { FUZZ_SEED, runsOf, seedOf } from '@/test/fuzz/runs';
import { FuzzTally, leakIn } from '@/test/fuzz/verdicts';

// Property-based: every server action exported from lib/actions (found by reading the
// folder, so actions added later are included) is called with random and hostile
// arguments by every kind of caller. Whatever comes in: it answers with a result (never
// throws, never fails "unexpectedly", which over HTTP is a 500), leaks nothing, and a
// refusal changes no row.

vi.mock('next/headers', async () => (await import('@/test/request-headers')).nextHeadersForTests);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

type AnyAction = ((...args: unknown[]) => Promise<unknown>) & { permission?: string };

const RUNS_PER_ACTION = runsOf(180);
const ACTIONS_DIR = path.join(process.cwd(), 'lib', 'actions');

const routeDatabase = setUpRouteDatabase();
let database: TestDatabase;
let world: FuzzWorld;
let changes: ChangeWatch;
const tally = new FuzzTally();

const ACTION_FILES = readdirSync(ACTIONS_DIR).filter((file) => /^[\w-]+\.ts$/.test(file) && !file.includes('.test.'));

async function actionsOf(file: string): Promise<Array<[string, AnyAction]>> {
  const exports = (await import(/* @vite-ignore */ path.join(ACTIONS_DIR, file))) as Record<string, unknown>;
  return Object.entries(exports)
    .filter(([, value]) => typeof value === 'function')
    .map(([name, value]) => [`${file.replace(/\.ts$/, '')}.${name}`, value as AnyAction]);
}

/** The arguments: a vault name first for a vault action, then up to three values of any shape. */
function argumentsArbitrary(action: AnyAction): fc.Arbitrary<unknown[]> {
  const rest = fc.array(hostileValue(KNOWN_FIELDS, world.ids), { maxLength: 3 });
  if (!action.permission) return rest;
  return fc.tuple(valueFor(world, 'vaultName'), rest).map(([vaultName, others]) => [vaultName, ...others]);
}

/** Next.js's redirect() and notFound() end an action by throwing; that is an answer, not a failure. */
function isNavigation(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test(digest) ? digest.split(';')[0]! : null;
}

async function call(action: AnyAction, args: unknown[]): Promise<{ outcome: string; result: unknown }> {
  try {
    const result = await action(...args);
    const failed = result as { ok?: unknown; error?: { kind?: unknown } };
    return { outcome: failed.ok === true ? 'ok' : String(failed.error?.kind ?? 'malformed result'), result };
  } catch (error) {
    const navigation = isNavigation(error);
    if (navigation) return { outcome: navigation, result: null };
    return { outcome: 'threw', result: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error) };
  }
}

beforeAll(async () => {
  database = routeDatabase.current();
  world = await createFuzzWorld(database.db);
  changes = await watchRowChanges(database.db);
}, 120_000);

afterAll(() => {
  console.log(tally.report(`Server actions fuzzed (seed ${FUZZ_SEED})`));
});

describe('every server action, given random and hostile arguments', () => {
  it('finds the actions by reading lib/actions', () => {
    expect(ACTION_FILES).toContain('reprotect.ts');
  });

  it.each(ACTION_FILES)('%s: answers every call with a result, leaks nothing, refusals change nothing', async (file) => {
    for (const [name, action] of await actionsOf(file)) {
      await changes.changesSinceLastCall();
      await fc.assert(
        fc.asyncProperty(callerHeaders(world), argumentsArbitrary(action), async ({ caller, headers }, args) => {
          // Next.js always hands an action the request's Host; the sign-in library needs it.
          actAs({ host: 'localhost:3000', ...headers });
          const { outcome, result } = await call(action, args);
          tally.record(name, outcome);
          expect(outcome, `${name} as ${caller}: ${JSON.stringify(result)?.slice(0, 400)}`).not.toMatch(/^(threw|unexpected|malformed result)$/);
          expect(leakIn(JSON.stringify(result) ?? ''), `${name} leaked its insides`).toBeNull();
          expect(({} as Record<string, unknown>).polluted, 'a call polluted Object.prototype').toBeUndefined();
          const written = await changes.changesSinceLastCall();
          const refused = outcome !== 'ok' && !outcome.startsWith('NEXT_');
          if (refused) expect(written, `${name} refused (${outcome}) as ${caller} but wrote rows`).toEqual([]);
        }),
        { numRuns: RUNS_PER_ACTION, seed: seedOf(name), endOnFailure: true },
      );
    }
  }, 900_000);
});
