// npm run bench — starts the portal as `npm start` does, on throwaway data folders, and prints
// the figures each scenario targets: memory of the portal's processes idle on the demo vault,
// then timings over bench vaults, with memory again at the end of the load scenarios.
// A measurement, not a test: it never fails CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '../../lib/data/db';
import { benchIdlePortal, IDLE_MEMORY_TARGET_MB } from './idle-portal';
import { startPortalProcess } from '../lib/portal-process';
import { callAsBenchOwner } from './bench-account';
import { SCENARIOS } from './scenarios';
import { createBenchDatabase } from './bench-database';

const only = process.argv.slice(2);
// A misspelt name would otherwise run nothing and print an empty summary.
const known = ['idle', ...SCENARIOS.map((scenario) => scenario.name)];
const unknown = only.filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`No bench named ${unknown.join(', ')}. The benches: ${known.join(', ')}.`);
  process.exit(2);
}
const port = Number(process.env.BENCH_PORT ?? 3311);
const results: { name: string; met: boolean }[] = [];

if (only.length === 0 || only.includes('idle')) {
  console.log(`The portal idle on the demo vault (target: <= ${IDLE_MEMORY_TARGET_MB} MB resident, all processes)`);
  results.push({ name: 'idle-memory', met: await benchIdlePortal(port) });
}

const scenarios = SCENARIOS.filter((s) => only.length === 0 || only.includes(s.name));
if (scenarios.length > 0) {
  const folder = mkdtempSync(path.join(tmpdir(), 'vault-bench-'));
  // The embedded database by default; with BENCH_POSTGRES_URL, a fresh database on that server.
  const server = process.env.BENCH_POSTGRES_URL ? await createBenchDatabase(process.env.BENCH_POSTGRES_URL) : null;
  if (server) console.log(`\nThe load scenarios run on PostgreSQL at ${new URL(server.url).host}.`);
  const portal = startPortalProcess({ dataDir: path.join(folder, 'pglite'), port, env: { VAULT_SEED: 'none', VAULT_RUNNER: 'off', DATABASE_URL: server?.url } });
  await portal.healthy();
  const databaseUrl = server?.url ?? portal.databaseUrl();
  const db = createPrismaClient(databaseUrl);
  try {
    console.log('\nPreparing bench vaults...');
    const contexts = [];
    for (const scenario of scenarios) {
      const started = performance.now();
      contexts.push({ scenario, data: await scenario.prepare(db) });
      console.log(`  ${scenario.name}: ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await callAsBenchOwner(db, portal.baseUrl);
    for (const { scenario, data } of contexts) {
      console.log(`\n${scenario.title}`);
      const met = await scenario.run({ db, baseUrl: portal.baseUrl, data, databaseUrl, portalPid: portal.pid });
      results.push({ name: scenario.name, met });
    }
  } finally {
    await db.$disconnect();
    await portal.stop();
    await server?.drop();
    rmSync(folder, { recursive: true, force: true });
  }
}

console.log('\nSummary');
for (const result of results) console.log(`  ${result.name.padEnd(28)} ${result.met ? 'target met' : 'TARGET MISSED'}`);
