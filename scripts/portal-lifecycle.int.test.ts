import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../lib/data/db';
import { startEmbeddedPostgres } from '../lib/data/embedded-postgres';
import { vaultReaderHeaders } from '../test/access';
import { DEMO_VAULT_NAME } from '../lib/data/seed/demo-vault';
import { claimNextJob } from '../lib/jobs/claim';
import { expectProblem, runNpm } from '../test/commands';
import { queueReprotects } from './bench/scenarios/jobs-load';
import { embeddedUrlFile, lockFile } from './lib/data-folder';
import { freePort, portalEnv, startPortalProcess, type PortalProcess } from './lib/portal-process';

// One data folder, one portal at a time: what a second start, the commands beside the portal,
// a clean stop and a crash do to it, with the real processes.

const parent = mkdtempSync(path.join(tmpdir(), 'vault-lifecycle-'));
const folder = path.join(parent, 'pglite');
let portal: PortalProcess;
let port: number;

async function startPortal(env: Record<string, string> = {}): Promise<PortalProcess> {
  port = await freePort();
  const started = startPortalProcess({ dataDir: folder, port, env: { VAULT_JOB_SPEED: 'realistic', ...env } });
  await started.healthy();
  return started;
}

beforeAll(async () => {
  portal = await startPortal();
}, 600_000);

afterAll(async () => {
  await portal?.kill();
  rmSync(parent, { recursive: true, force: true });
});

/** A long-running command (the worker), stopped once it has said `ready`. */
async function runUntil(script: string, ready: RegExp): Promise<{ output: string; code: number | null }> {
  const child = spawn(process.execPath, [path.join('scripts', 'launch.mjs'), script], { env: portalEnv({ VAULT_DATA_DIR: folder }) });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  const deadline = Date.now() + 60_000;
  while (!ready.test(output) && child.exitCode === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (child.exitCode === null) child.kill('SIGTERM');
  return { output, code: await exited };
}

describe('one portal per data folder', () => {
  it('refuses a second npm start on the same folder, naming the running portal, and leaves both as they were', async () => {
    const entries = readdirSync(folder).sort();
    const secondPort = await freePort();
    const second = await runNpm('start', { env: { VAULT_DATA_DIR: folder, PORT: String(secondPort) } });
    expectProblem(
      second,
      new RegExp(`The data folder ${folder} is in use by npm start \\(pid ${portal.pid}, http://127\\.0\\.0\\.1:${port}\\): use that portal, or stop it first`),
    );
    expect(second.stderr).toMatch(/VAULT_DATA_DIR=\S+ PORT=\d+ npm start/);
    expect(readdirSync(folder).sort()).toEqual(entries);
    expect((await fetch(`${portal.baseUrl}/api/health`)).ok).toBe(true);
    await expect(fetch(`http://127.0.0.1:${secondPort}/api/health`)).rejects.toThrow();
  });

  it('listens on loopback only unless HOST says otherwise', async () => {
    const listening = (file: string, port: number) =>
      existsSync(file)
        ? readFileSync(file, 'utf8')
            .split('\n')
            .slice(1)
            .map((line) => line.trim().split(/\s+/))
            .filter((cols) => cols[3] === '0A' && parseInt(cols[1]!.split(':')[1]!, 16) === port)
            .map((cols) => cols[1]!.split(':')[0])
        : [];
    const addresses = (port: number) => [...listening('/proc/net/tcp', port), ...listening('/proc/net/tcp6', port)];
    // /proc/net/tcp holds addresses in little-endian hex: 0100007F is 127.0.0.1.
    expect(addresses(port)).toEqual(['0100007F']);

    const openPort = await freePort();
    const open = startPortalProcess({ dataDir: path.join(parent, 'open'), port: openPort, env: { HOST: '0.0.0.0' } });
    try {
      await open.healthy();
      expect(addresses(openPort)).toEqual(['00000000']);
      const lan = Object.values(networkInterfaces()).flat().find((address) => address && address.family === 'IPv4' && !address.internal);
      if (lan) expect((await fetch(`http://${lan.address}:${openPort}/api/health`)).ok).toBe(true);
      if (lan) await expect(fetch(`http://${lan.address}:${port}/api/health`)).rejects.toThrow();
    } finally {
      await open.stop();
    }
  });

  it('keeps its database password in the folder, for its own user only, and the port wants it', async () => {
    const file = embeddedUrlFile(folder);
    expect(statSync(file).mode & 0o077).toBe(0);
    const withoutPassword = new URL(portal.databaseUrl());
    withoutPassword.password = 'postgres';
    const client = new pg.Client({ connectionString: withoutPassword.toString() });
    await expect(client.connect()).rejects.toMatchObject({ code: '28P01' });
  });

  it('lets npm run worker and npm run db:seed work through the running portal', async () => {
    const worker = await runUntil('worker', /Job runner \S+ working on 127\.0\.0\.1:\d+/);
    expect(worker.output).toMatch(/Job runner \S+ working on 127\.0\.0\.1:\d+/);
    expect(worker.code).toBe(0);
    const seeded = await runNpm('db:seed', { env: { VAULT_DATA_DIR: folder }, args: ['rehearsal-two'] });
    expect(seeded.stdout).toMatch(/Seeded vault rehearsal-two \([0-9a-f-]+\): \d+ replicated items/);
    expect(seeded.stdout).toMatch(/4 role assignments copied from contoso-dr-vault/);
    expect(seeded.code).toBe(0);
    const headers = await vaultReaderHeaders(portal.databaseUrl(), 'rehearsal-two');
    expect((await fetch(`${portal.baseUrl}/api/vaults/rehearsal-two/replicated-items`, { headers })).status).toBe(200);
  });
});

describe('stopping the portal', () => {
  it('gives its running jobs back on SIGTERM, so another runner continues them at once, and releases the folder', async () => {
    const db = createPrismaClient(portal.databaseUrl(), 2);
    const vault = await db.vault.findUniqueOrThrow({ where: { name: DEMO_VAULT_NAME } });
    const [jobId] = await queueReprotects(db, vault.id, 1);
    let claimedBy: string | null = null;
    for (const deadline = Date.now() + 30_000; !claimedBy && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      claimedBy = (await db.job.findUniqueOrThrow({ where: { id: jobId } })).claimedBy;
    }
    await db.$disconnect();
    expect(claimedBy).toMatch(/^.+:\d+:[0-9a-f]{8}$/);

    expect(await portal.stop('SIGTERM')).toBe(0);
    expect(existsSync(lockFile(folder))).toBe(false);
    expect(existsSync(embeddedUrlFile(folder))).toBe(false);

    const direct = await startEmbeddedPostgres({ dataDir: folder });
    const after = createPrismaClient(direct.url, 2);
    try {
      const job = await after.job.findUniqueOrThrow({ where: { id: jobId } });
      expect(job).toMatchObject({ state: 'InProgress', claimedBy, heartbeatAt: null });
      const next = await claimNextJob(after, { runnerId: 'next-runner', leaseMs: 30_000, scenarios: [job.scenarioName] });
      expect(next?.id).toBe(jobId);
    } finally {
      await after.$disconnect();
      await direct.stop();
    }
  });
});

describe('after a crash (every process killed at once)', () => {
  it('names the dead portal to the worker, lets db:migrate and npm start take the folder over', async () => {
    portal = await startPortal();
    const crashed = portal.pid;
    await portal.kill();
    expect(existsSync(lockFile(folder))).toBe(true);

    const worker = await runNpm('worker', { env: { VAULT_DATA_DIR: folder } });
    expectProblem(
      worker,
      new RegExp(`The portal that used ${folder}, npm start \\(pid ${crashed}, http://127\\.0\\.0\\.1:\\d+\\), is no longer running: it did not stop cleanly\\. Start it again with npm start, then run npm run worker`),
    );

    const migrate = await runNpm('db:migrate', { env: { VAULT_DATA_DIR: folder } });
    expect(migrate.stdout).toMatch(new RegExp(`npm start \\(pid ${crashed}.*\\) stopped without releasing ${folder}; this process takes it over`));
    expect(migrate.stdout).toContain('Database is up to date.');
    expect(migrate.code).toBe(0);

    await portal.kill();
    portal = await startPortal();
    const headers = await vaultReaderHeaders(portal.databaseUrl(), DEMO_VAULT_NAME);
    expect((await fetch(`${portal.baseUrl}/api/vaults/${DEMO_VAULT_NAME}/replicated-items`, { headers })).status).toBe(200);
  });
});
