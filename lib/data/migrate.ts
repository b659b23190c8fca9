import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

// Applies the committed migrations (prisma/migrations/<timestamp>_<name>/migration.sql) and
// records them in `_prisma_migrations` exactly as `prisma migrate deploy` does, so either can
// take over from the other. Unlike Prisma, each migration and its bookkeeping row commit in
// one transaction (PostgreSQL's DDL is transactional): a start killed at any moment leaves
// every migration either fully applied and recorded, or not applied at all.

const ROOT = process.cwd();
export const SCHEMA_PATH = path.join(ROOT, 'prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.join(ROOT, 'prisma', 'migrations');

/** The advisory lock `prisma migrate` takes, so that it and this runner never interleave. */
const MIGRATION_LOCK = 72707369;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** The database holds migrations this version of the portal does not know. */
export class NewerDatabaseError extends Error {
  constructor(readonly unknown: string[]) {
    super(`the database has migrations this version does not know: ${unknown.join(', ')}`);
  }
}

/** A migration left unfinished by another tool could not be applied again cleanly. */
export class InterruptedMigrationError extends Error {
  constructor(readonly migration: string, readonly cause: unknown) {
    super(`migration ${migration} was left unfinished and cannot be applied again: ${(cause as Error).message}`);
  }
}

/** The database's user may not create tables, and migrations are pending. */
export class NoCreatePrivilegeError extends Error {
  constructor(readonly schema: string) {
    super(`permission denied for schema ${schema}`);
  }
}

export function migrationNames(dir = MIGRATIONS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return migrationNames(dir).map((name) => {
    const bytes = readFileSync(path.join(dir, name, 'migration.sql'));
    return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
  });
}

const CREATE_TABLE = `CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface Recorded {
  id: string;
  migration_name: string;
  finished: boolean;
}

async function recorded(client: pg.ClientBase): Promise<Recorded[]> {
  const { rows } = await client.query<Recorded>(
    `SELECT id, migration_name, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  return rows;
}

/**
 * What applying would meet, found without changing anything: a database migrated by a newer
 * version, or pending migrations that its user may not apply. Throws the matching error.
 */
export async function checkMigratable(url: string, migrations: Migration[] = readMigrations()): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean; may_create: boolean }>(
      `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists, has_schema_privilege(current_schema(), 'CREATE') AS may_create`,
    );
    const recordedRows = rows[0]!.exists ? await recorded(client) : [];
    const known = new Set(migrations.map((migration) => migration.name));
    const unknown = recordedRows.filter((row) => row.finished && !known.has(row.migration_name)).map((row) => row.migration_name);
    if (unknown.length > 0) throw new NewerDatabaseError([...new Set(unknown)].sort());
    const done = new Set(recordedRows.filter((row) => row.finished).map((row) => row.migration_name));
    const pending = migrations.some((migration) => !done.has(migration.name));
    if (pending && !rows[0]!.may_create) throw new NoCreatePrivilegeError((await client.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]!.s);
  } finally {
    await client.end();
  }
}

/** Applies every committed migration not yet recorded; returns the names it applied. */
export async function applyMigrations(url: string, migrations: Migration[] = readMigrations()): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyPending(client, migrations);
  } finally {
    await client.end();
  }
}

async function applyPending(client: pg.Client, migrations: Migration[]): Promise<string[]> {
  const known = new Set(migrations.map((migration) => migration.name));
  const applied: string[] = [];
  for (const migration of migrations) {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
      if (!rows[0]!.exists) await client.query(CREATE_TABLE);
      const rowsNow = await recorded(client);
      const unknown = rowsNow.filter((row) => row.finished && !known.has(row.migration_name)).map((row) => row.migration_name);
      if (unknown.length > 0) throw new NewerDatabaseError([...new Set(unknown)].sort());
      const own = rowsNow.filter((row) => row.migration_name === migration.name);
      if (own.some((row) => row.finished)) {
        await client.query('COMMIT');
        continue;
      }
      await applyOne(client, migration, own);
      await client.query('COMMIT');
      applied.push(migration.name);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
  return applied;
}

/**
 * Runs the script and records it, inside the caller's transaction. A row without finished_at
 * comes from a tool that does not apply atomically (an earlier version of this runner, or
 * `prisma migrate deploy` that failed): when the script now runs cleanly, the earlier attempt
 * left nothing behind, and its row is marked rolled back as `prisma migrate resolve` would.
 */
async function applyOne(client: pg.Client, migration: Migration, unfinished: Recorded[]): Promise<void> {
  if (unfinished.length > 0) await client.query('SAVEPOINT retry');
  try {
    // One simple query: PostgreSQL parses the script itself, function bodies included.
    await client.query(migration.sql);
  } catch (error) {
    if (unfinished.length === 0) throw error;
    await client.query('ROLLBACK TO SAVEPOINT retry');
    throw new InterruptedMigrationError(migration.name, error);
  }
  if (unfinished.length > 0) {
    await client.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = ANY($1)`, [unfinished.map((row) => row.id)]);
  }
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
     VALUES ($1, $2, now(), $3, now(), 1)`,
    [randomUUID(), migration.checksum, migration.name],
  );
}
