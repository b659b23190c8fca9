import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import type pg from 'pg';

// Prisma's CLI fetches a native schema engine at run time; the WebAssembly build
// published on npm does the same work offline, so migrations run everywhere.

const ROOT = process.cwd();
export const SCHEMA_PATH = path.join(ROOT, 'prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.join(ROOT, 'prisma', 'migrations');

interface EngineModule {
  SchemaEngine: { new: typeof SchemaEngine.new };
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
}

// The engine reports a Rust panic through this global before throwing.
const panicRegistry = { message: '', set_message(message: string) { this.message = message; } };
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

// Instantiated once per process: the bindings cache views of the wasm memory, so a
// second instance behind the same bindings would read the wrong memory.
let engineModule: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= instantiateEngineModule();
  return engineModule;
}

async function instantiateEngineModule(): Promise<EngineModule> {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  const bindings = (await import(
    /* webpackIgnore: true */ path.join(pkgDir, 'schema_engine_bg.js')
  )) as EngineModule;
  const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings as never });
  bindings.__wbg_set_wasm(instance.exports);
  // Initialises the bindings' table of JS values; without it values get mixed up.
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

/**
 * The pg adapter runs a migration script statement by statement, split at every
 * semicolon, which breaks function bodies (`$$ ... ; ... $$`) in hand-written
 * migrations. Sent whole, as one simple query, PostgreSQL parses it itself and runs
 * it as one implicit transaction.
 */
function pgFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg({ connectionString: url }, { schema: 'public' });
  const wholeScripts = (adapter: SqlDriverAdapter & { underlyingDriver(): pg.Pool }) => {
    adapter.executeScript = async (script: string) => {
      await adapter.underlyingDriver().query(script);
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wholeScripts((await factory.connect()) as never),
    connectToShadowDb: async () => wholeScripts((await factory.connectToShadowDb()) as never),
  };
}

async function openEngine(url: string): Promise<SchemaEngine> {
  const { SchemaEngine: Engine } = await loadEngineModule();
  const datamodel = readFileSync(SCHEMA_PATH, 'utf8');
  const adapter = bindMigrationAwareSqlAdapterFactory(pgFactory(url));
  return Engine.new({ datamodels: [[SCHEMA_PATH, datamodel]] }, () => {}, adapter);
}

export function readMigrationList(): MigrationList {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((dir) => ({
      path: dir,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: readFileSync(path.join(MIGRATIONS_DIR, dir, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** Applies every committed migration not yet recorded in `_prisma_migrations`. */
export async function applyMigrations(url: string): Promise<string[]> {
  const engine = await openEngine(url);
  try {
    const result = await engine.applyMigrations({
      migrationsList: readMigrationList(),
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * Each migration folder keeps a copy of the schema it was written from
 * (`schema.prisma`, which the appliers ignore). The next migration is the diff
 * from that copy to the current schema, which needs no shadow database and
 * leaves hand-written SQL in earlier migrations (partial indexes) alone.
 */
export function latestSchemaSnapshot(): string | null {
  const dirs = readMigrationList().migrationDirectories.map((d) => d.path).reverse();
  const withSnapshot = dirs.find((dir) => existsSync(path.join(MIGRATIONS_DIR, dir, 'schema.prisma')));
  return withSnapshot ? readFileSync(path.join(MIGRATIONS_DIR, withSnapshot, 'schema.prisma'), 'utf8') : null;
}

/**
 * SQL that takes the last migrated schema to the current one ('' when in step).
 * The engine wants a connection even for a pure diff; a scratch database serves.
 */
export async function diffSnapshotToSchema(scratchUrl: string): Promise<string> {
  const current = readFileSync(SCHEMA_PATH, 'utf8');
  const previous = latestSchemaSnapshot();
  const engine = await openEngine(scratchUrl);
  try {
    const result = await engine.diff({
      from: previous === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: previous }] },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: current }] },
      script: true,
      exitCode: false,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? '';
  } finally {
    engine.free();
  }
}
