import { createBenchVault } from '../../../lib/data/seed/bench-vault';
import { gzippedScriptBytes, report, timeRequests } from '../http';
import { defineScenario } from '../scenarios';

const ITEMS = 10_000;
const SAMPLES = 60;
const JS_BUDGET_KB = 300;

export const replicatedItems = defineScenario({
  name: 'replicated-items',
  title: `Replicated items over ${ITEMS.toLocaleString('en')} items (target: p95 <= 3x the trivial route; JS <= ${JS_BUDGET_KB} KB gzipped)`,
  prepare: (db) => createBenchVault(db, { items: ITEMS, name: 'bench-items' }),
  async run({ baseUrl, data }) {
    const page = `${baseUrl}/vaults/${data.vaultName}/replicated-items`;
    const api = `${baseUrl}/api/vaults/${data.vaultName}/replicated-items`;
    const lastPage = Math.ceil(ITEMS / 25);
    const baseline = await timeRequests('trivial route GET /api/health', `${baseUrl}/api/health`, SAMPLES);
    const timings = [];
    for (const [label, query] of [
      ['page 1', ''],
      ['filtered (q=web, Windows, committed)', '?q=web&os=Windows&state=UnplannedFailoverCommitted'],
      [`late page (${lastPage - 2})`, `?page=${lastPage - 2}`],
    ] as const) {
      timings.push(await timeRequests(`page ${label}`, `${page}${query}`, SAMPLES));
      timings.push(await timeRequests(`data ${label}`, `${api}${query}`, SAMPLES));
    }
    const met = report(timings, baseline, 3);
    const js = await gzippedScriptBytes(page);
    const kb = js.bytes / 1024;
    console.log(`  client JavaScript of the route: ${kb.toFixed(1)} KB gzipped in ${js.files} files (${kb <= JS_BUDGET_KB ? 'ok' : 'OVER'})`);
    return met && kb <= JS_BUDGET_KB;
  },
});
