import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { MIGRATIONS_DIR, migrationNames, SCHEMA_PATH } from './migrate';

// Writing a migration needs Prisma's schema engine, which Prisma's CLI fetches as a native
// binary at run time; the WebAssembly build published on npm does the same work offline.
// Only `npm run db:migration:new` loads it: applying migrations needs no engine (migrate.ts).

const ROOT = process.cwd();

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

async function openEngine(url: string): Promise<SchemaEngine> {
  const { SchemaEngine: Engine } = await loadEngineModule();
  const datamodel = readFileSync(SCHEMA_PATH, 'utf8');
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url }, { schema: 'public' }));
  return Engine.new({ datamodels: [[SCHEMA_PATH, datamodel]] }, () => {}, adapter);
}

/**
 * Each migration folder keeps a copy of the schema it was written from
 * (`schema.prisma`, which the appliers ignore). The next migration is the diff
 * from that copy to the current schema, which needs no shadow database and
 * leaves hand-written SQL in earlier migrations (partial indexes) alone.
 */
export function latestSchemaSnapshot(): string | null {
  const dirs = migrationNames().reverse();
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
