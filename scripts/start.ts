// npm start — the portal in production mode; npm run dev — in development mode.
//
// Without DATABASE_URL this process becomes the one owner of the embedded database in
// VAULT_DATA_DIR (default .data/pglite) and, for the portal's lifetime, holds only that:
// PGlite and its password-protected loopback port. Everything heavier runs in child processes
// whose memory returns to the system when they end: the build (when missing or older than the
// sources), then migrations and the setup steps (the demo vault), then the Next.js server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { hasDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from '../lib/data/embedded-postgres';
import { ensureBuild, NEXT_BIN } from './lib/build';
import { assertDiskSpace, dataDir, embeddedUrlFile, ownDataFolder, PORTAL_FILES, type DataFolderOwnership } from './lib/data-folder';
import { parseDatabaseUrl } from './lib/database-url';
import { assertCanListen, listenHost, listenPort, portalAddress } from './lib/listen-address';
import { explainFileSystem, runCommand, shownPath } from './lib/problems';
import { NEXT_SERVER_FLAGS } from './lib/server-memory';

const dev = process.argv.includes('--dev');
const command = process.env.VAULT_COMMAND ?? (dev ? 'npm run dev' : 'npm start');
const launcher = process.env.VAULT_LAUNCHER ?? path.resolve('scripts', 'launch.mjs');
/** How long the Next.js server may take to stop (its runner releases its jobs) before it is killed. */
const STOP_GRACE_MS = 20_000;
const REQUEST_HEAD_LIMIT_BYTES = 7 * 1024;
/** Above the 60 s idle timeout of common load balancers. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

let current: ChildProcess | undefined;
let stopping: NodeJS.Signals | undefined;

// Ctrl+C in a terminal reaches every process of the group; a service manager's SIGTERM reaches
// this one only. Either way the child of the moment gets it, and this process cleans up after it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping ??= signal;
    if (!current) return;
    current.kill(signal);
    setTimeout(() => current?.kill('SIGKILL'), STOP_GRACE_MS).unref();
  });
}

function track(child: ChildProcess): void {
  current = child;
  child.once('exit', () => {
    if (current === child) current = undefined;
  });
}

function runChild(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env });
  track(child);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`Could not start ${args.join(' ')}: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

/** VAULT_RESET_DATA=1 (the browser tests): an empty folder, taken only once this process owns it. */
function clearDataFolder(folder: string): void {
  for (const entry of readdirSync(folder)) {
    if (!PORTAL_FILES.includes(entry)) rmSync(path.join(folder, entry), { recursive: true, force: true });
  }
}

/** The outermost folder on the way to `folder` that does not exist yet, if any. */
function firstMissing(folder: string): string | undefined {
  if (existsSync(folder)) return undefined;
  const parent = path.dirname(folder);
  return parent === folder || existsSync(parent) ? folder : firstMissing(parent);
}

async function main(): Promise<number> {
  const port = listenPort(command);
  const host = listenHost();
  const address = portalAddress(host, port);
  const serverUrl = process.env.DATABASE_URL;
  const folder = serverUrl ? undefined : dataDir();
  if (serverUrl) parseDatabaseUrl(serverUrl);
  const created = folder === undefined ? undefined : firstMissing(folder);

  let ownership: DataFolderOwnership | undefined;
  let embedded: EmbeddedPostgres | undefined;
  try {
    // Checks that cost nothing come before the build, which can take minutes.
    if (folder) {
      ownership = ownDataFolder(folder, command, { portal: address });
      assertDiskSpace(folder);
    }
    await assertCanListen(host, port, command);
    if (serverUrl) {
      const reachable = await runChild([launcher, 'prepare-database', '--check'], process.env);
      if (stopping || reachable !== 0) return stopping ? 0 : reachable;
    }
    if (!dev) await ensureBuild(folder ? `the data in ${shownPath(folder)}` : 'the database', track);
    if (stopping) return 0;

    let url = serverUrl!;
    if (folder) {
      if (process.env.VAULT_RESET_DATA === '1') clearDataFolder(folder);
      if (!hasDatabase(folder)) {
        const created = await runChild([launcher, 'create-database'], { ...process.env, VAULT_DATA_DIR: folder });
        if (stopping || created !== 0) return stopping ? 0 : created;
      }
      embedded = await startEmbeddedPostgres({ dataDir: folder, port: Number(process.env.VAULT_DB_PORT ?? 0) });
      ownership!.publish(embedded.url);
      url = embedded.url;
      console.log(`Embedded PostgreSQL (${shownPath(folder)}) on 127.0.0.1:${embedded.port}, password in ${shownPath(embeddedUrlFile(folder))}`);
    }
    if (stopping) return 0;
    const prepared = await runChild([launcher, 'prepare-database'], {
      ...process.env,
      DATABASE_URL: url,
      VAULT_EMBEDDED_DIR: folder ? shownPath(folder) : '',
      VAULT_PORTAL_URL: address,
    });
    if (stopping || prepared !== 0) return stopping ? 0 : prepared;
    // next dev hands its flags on to a server process of its own through NODE_OPTIONS, where V8 refuses them.
    // A request's head (its URL, cookies and headers) is held to 7 KB, so that an answer that
    // echoes the URL twice (Next.js's redirect of a path with repeated slashes sends it in both
    // Location and Refresh) still fits the 16 KB every HTTP client reads; a longer head is a 431.
    const flags = dev ? [] : [...NEXT_SERVER_FLAGS, `--max-http-header-size=${REQUEST_HEAD_LIMIT_BYTES}`];
    // Idle connections stay open longer than a load balancer's (or a test client's) own idle
    // timeout, so that a request sent on a reused connection never meets the server closing it.
    const keepAlive = dev ? [] : ['--keepAliveTimeout', String(KEEP_ALIVE_TIMEOUT_MS)];
    const served = await runChild([...flags, NEXT_BIN, dev ? 'dev' : 'start', '-H', host, '-p', String(port), ...keepAlive], {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: url,
      // The server's own handler (instrumentation.ts) stops the job runner before it exits.
      NEXT_MANUAL_SIG_HANDLE: '1',
      VAULT_OWNER_PID: String(process.pid),
    });
    return stopping ? 0 : served;
  } finally {
    await embedded?.stop();
    ownership?.release();
    // A start that stopped before opening the database leaves no trace of the folders it created.
    if (created && !embedded) rmSync(created, { recursive: true, force: true });
  }
}

const folder = dataDir();
await runCommand(
  async () => {
    try {
      return await main();
    } catch (error) {
      if (stopping) return 0;
      throw error;
    }
  },
  explainFileSystem({ folder, elsewhere: `VAULT_DATA_DIR=/path/to/folder ${command}` }),
);
