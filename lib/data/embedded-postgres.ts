import 'server-only';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgresqlConf } from './embedded-settings';
import { serveOverWire } from './pglite-wire-server';

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder holding the data files; omit for an in-memory database. */
  dataDir?: string;
  /** Loopback port; 0 lets the system pick a free one. */
  port?: number;
  /** The password the port asks for; a fresh random one when omitted. */
  password?: string;
}

export function generatePassword(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * PostgreSQL (PGlite, WebAssembly) served over the wire protocol on loopback, so that
 * Prisma and every other client speak to it exactly as to a real server, with a password.
 * PGlite is a single session; the wire server shares it between connections
 * without letting their statements or transactions interleave.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const password = options.password ?? generatePassword();
  const db = await openPGlite(options.dataDir);
  try {
    const server = await serveOverWire(db, { host: '127.0.0.1', port: options.port ?? 0, password });
    return {
      url: `postgresql://postgres:${password}@127.0.0.1:${server.port}/postgres?sslmode=disable`,
      port: server.port,
      async stop() {
        await server.stop();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

const CLUSTER_MARKER = 'PG_VERSION';

// Compiling PGlite's WebAssembly takes seconds of CPU; a process that opens several databases
// (a new cluster is opened twice, tests open one per file) compiles each module once.
const compiled = new Map<string, Promise<WebAssembly.Module>>();

function compiledModule(file: 'pglite.wasm' | 'initdb.wasm'): Promise<WebAssembly.Module> {
  let compiling = compiled.get(file);
  if (!compiling) {
    const dist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    compiling = WebAssembly.compile(readFileSync(path.join(dist, file)));
    compiled.set(file, compiling);
  }
  return compiling;
}

async function pgliteOptions(withInitdb: boolean) {
  return {
    postgresqlconf: postgresqlConf(),
    pgliteWasmModule: await compiledModule('pglite.wasm'),
    ...(withInitdb ? { initdbWasmModule: await compiledModule('initdb.wasm') } : {}),
  };
}

/** Whether the folder holds a finished database cluster. */
export function hasDatabase(dataDir: string): boolean {
  return existsSync(path.join(dataDir, CLUSTER_MARKER));
}

/** Creates the database cluster in the folder if it has none; true when it did. */
export async function createDatabase(dataDir: string): Promise<boolean> {
  mkdirSync(dataDir, { recursive: true });
  if (hasDatabase(dataDir)) return false;
  try {
    await createCluster(dataDir);
  } catch (error) {
    throw asNodeError(error, dataDir);
  }
  return true;
}

async function openPGlite(dataDir: string | undefined): Promise<PGlite> {
  if (!dataDir) return PGlite.create({ dataDir: 'memory://', ...(await pgliteOptions(true)) });
  await createDatabase(dataDir);
  try {
    return await PGlite.create({ dataDir, ...(await pgliteOptions(false)) });
  } catch (error) {
    throw asNodeError(error, dataDir);
  }
}

// PGlite's file system reports failures as Emscripten errors: a bare errno, no message.
const EMSCRIPTEN_ERRNO: Record<number, string> = { 2: 'EACCES', 19: 'EDQUOT', 29: 'EIO', 51: 'ENOSPC', 63: 'EPERM', 69: 'EROFS' };

function asNodeError(error: unknown, dataDir: string): unknown {
  if (typeof error !== 'object' || error === null || (error as { name?: unknown }).name !== 'ErrnoError') return error;
  const errno = (error as { errno?: number }).errno ?? 0;
  const code = EMSCRIPTEN_ERRNO[errno] ?? 'EIO';
  return Object.assign(new Error(`${code}: the embedded database could not write its files in ${dataDir}`, { cause: error }), {
    code,
    path: dataDir,
  });
}

/**
 * A new cluster is made in a scratch folder beside the data folder, then moved in entry by
 * entry with PG_VERSION last. PGlite takes a folder with PG_VERSION for a finished cluster,
 * so a start interrupted at any moment leaves either a finished cluster or a folder without
 * PG_VERSION, whose leftovers the next start replaces. Files that are not the cluster's
 * (the portal's lock) stay where they are.
 */
async function createCluster(dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir);
  const prefix = `.${path.basename(dataDir)}.initdb-`;
  for (const leftover of readdirSync(parent).filter((name) => name.startsWith(prefix))) {
    rmSync(path.join(parent, leftover), { recursive: true, force: true });
  }
  const scratch = path.join(parent, `${prefix}${process.pid}`);
  try {
    const db = await PGlite.create({ dataDir: scratch, ...(await pgliteOptions(true)) });
    await db.close();
    const entries = readdirSync(scratch).sort((a, b) => Number(a === CLUSTER_MARKER) - Number(b === CLUSTER_MARKER));
    for (const entry of entries) {
      rmSync(path.join(dataDir, entry), { recursive: true, force: true });
      renameSync(path.join(scratch, entry), path.join(dataDir, entry));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
