// npm run bench — builds throwaway vaults, starts the production server on them and
// prints the figures each scenario targets. A measurement, not a test: it never fails CI.
import { createPrismaClient } from '../../lib/data/db';
import { startEmbeddedPostgres } from '../../lib/data/embedded-postgres';
import { applyMigrations } from '../../lib/data/migrate';
import { createApiToken } from '../../lib/data/auth/api-tokens';
import { createUser } from '../../lib/data/auth/users';
import { callAs } from './http';
import { startProductionServer } from './server';
import { SCENARIOS } from './scenarios';

const only = process.argv.slice(2);
const port = Number(process.env.BENCH_PORT ?? 3311);

const database = await startEmbeddedPostgres();
await applyMigrations(database.url);
const db = createPrismaClient(database.url);
console.log('Preparing bench vaults...');
const contexts = [];
for (const scenario of SCENARIOS.filter((s) => only.length === 0 || only.includes(s.name))) {
  const started = performance.now();
  contexts.push({ scenario, data: await scenario.prepare(db) });
  console.log(`  ${scenario.name}: ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
// Every route asks who calls: the bench is an Owner of each bench vault, with an access token.
const account = await createUser({ email: `bench-${Date.now()}@contoso.com`, name: 'Bench', password: `bench-${crypto.randomUUID()}` }, db);
if (!account.ok) throw new Error(account.error.message);
const vaults = await db.vault.findMany({ select: { id: true } });
await db.roleAssignment.createMany({ data: vaults.map((vault) => ({ vaultId: vault.id, userId: account.data.id, role: 'Owner' as const })) });
const token = await createApiToken(account.data.id, { name: 'bench', expiresInDays: 1 }, db);
if (!token.ok) throw new Error(token.error.message);
callAs({ authorization: `Bearer ${token.data.token}` });

const server = await startProductionServer(database.url, port, { VAULT_RUNNER: 'off' });
const results: { name: string; met: boolean }[] = [];
try {
  for (const { scenario, data } of contexts) {
    console.log(`\n${scenario.title}`);
    results.push({ name: scenario.name, met: await scenario.run({ db, baseUrl: server.baseUrl, data, databaseUrl: database.url }) });
  }
} finally {
  await server.stop();
  await db.$disconnect();
  await database.stop();
}
console.log('\nSummary');
for (const result of results) console.log(`  ${result.name.padEnd(28)} ${result.met ? 'target met' : 'TARGET MISSED'}`);
