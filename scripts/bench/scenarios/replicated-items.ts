import { createBenchVault } from '../../../lib/data/seed/bench-vault';
import { describeScriptBytes, gzippedScriptBytes, report, timeRequests } from '../http';
import { defineScenario } from '../scenarios';

const ITEMS = 10_000;
const SAMPLES = 60;
/** The client JavaScript a route may load with its first screen, gzipped, framework included. */
export const JS_BUDGET_KB = 220;

export const replicatedItems = defineScenario({
  name: 'replicated-items',
  title: `Replicated items over ${ITEMS.toLocaleString('en')} items (target: p95 <= 3x the trivial route; JS <= ${JS_BUDGET_KB} KB gzipped)`,
  prepare: (db) => createBenchVault(db, { items: ITEMS, name: 'bench-items' }),
  async run({ baseUrl, data }) {
    const page = `${baseUrl}/vaults/${data.vaultName}/replicated-items`;
    const api = `${baseUrl}/api/vaults/${data.vaultName}/replicated-items`;
    const lastPage = Math.ceil(ITEMS / 25);
    const cases = [
      ['page 1', ''],
      ['filtered (q=web, Windows, committed)', '?q=web&os=Windows&state=UnplannedFailoverCommitted'],
      [`late page (${lastPage - 2})`, `?page=${lastPage - 2}`],
    ] as const;
    // Each kind of request against the trivial one of its kind: JSON against a JSON route,
    // a server-rendered page against the smallest server-rendered page.
    const trivialData = await timeRequests('trivial route GET /api/health', `${baseUrl}/api/health`, SAMPLES);
    const dataTimings = [];
    for (const [label, query] of cases) dataTimings.push(await timeRequests(`data ${label}`, `${api}${query}`, SAMPLES));
    const dataMet = report(dataTimings, trivialData, 3);
    console.log('');
    const trivialPage = await timeRequests('trivial page GET /status', `${baseUrl}/status`, SAMPLES);
    const pages = [];
    for (const [label, query] of cases) pages.push(await timeRequests(`page ${label}`, `${page}${query}`, SAMPLES));
    const pageMet = report(pages, trivialPage, 3);
    console.log('');
    report(pages, trivialData, 3);
    const met = dataMet && pageMet;
    const js = await gzippedScriptBytes(page);
    console.log(`  client JavaScript of the route: ${describeScriptBytes(js, JS_BUDGET_KB)}`);
    return met && js.bytes / 1024 <= JS_BUDGET_KB;
  },
});
