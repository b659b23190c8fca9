// npm start — the portal in production mode. Without DATABASE_URL it serves the
// embedded PostgreSQL from VAULT_DATA_DIR (default .data/pglite). It applies pending
// migrations, seeds the demo vault into an empty database, builds when the build is
// missing or older than the sources, then runs `next start` until stopped.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createPrismaClient } from '../lib/data/db';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../lib/data/embedded-postgres';
import { applyMigrations } from '../lib/data/migrate';
import { seedDemoVault } from '../lib/data/seed/demo-vault';
import { firstAccountsMessage, seedFirstAccounts } from '../lib/data/seed/first-accounts';
import { buildIsStale, recordBuild } from './lib/build-freshness';
import { dataDir, embeddedUrlFile } from './lib/database-url';

const port = Number(process.env.PORT ?? 3000);
// Next's own binary, not through npx, so that signals reach the server itself.
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const mode = process.argv.includes('--dev') ? 'dev' : 'start';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

let embedded: EmbeddedPostgres | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  const folder = dataDir();
  if (process.env.VAULT_RESET_DATA === '1') rmSync(folder, { recursive: true, force: true });
  embedded = await startEmbeddedPostgres({ dataDir: folder, port: Number(process.env.VAULT_DB_PORT ?? 0) });
  url = embedded.url;
  // Lets `npm run worker` and the db scripts reach this server instead of opening the folder twice.
  mkdirSync(path.dirname(folder), { recursive: true });
  writeFileSync(embeddedUrlFile(folder), url);
  console.log(`Embedded PostgreSQL (${folder}) on ${url}`);
}

const applied = await applyMigrations(url);
if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
if (process.env.VAULT_SEED !== 'none') {
  const db = createPrismaClient(url, 1);
  const { seeded } = await seedDemoVault(db);
  if (seeded) console.log('Seeded the demo vault.');
  const accounts = await seedFirstAccounts(db);
  await db.$disconnect();
  if (accounts.length > 0) console.log(firstAccountsMessage(accounts, `http://localhost:${port}/sign-in`));
}

if (mode === 'start' && buildIsStale()) {
  console.log('Building the portal (first start or sources changed)...');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) await shutdown(build.status ?? 1);
  recordBuild();
}

const next = spawn(process.execPath, [nextBin, mode, '-p', String(port)], {
  stdio: 'inherit',
  env: { ...env, DATABASE_URL: url },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => next.kill(signal));
}
next.on('exit', (code) => void shutdown(code ?? 0));

async function shutdown(code: number): Promise<never> {
  if (embedded) {
    rmSync(embeddedUrlFile(), { force: true });
    await embedded.stop();
  }
  process.exit(code);
}
