import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { applyMigrations, InterruptedMigrationError, MIGRATIONS_DIR, NewerDatabaseError, readMigrations, type Migration } from './migrate';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.stop();
  database = undefined;
});

async function emptyDatabase(): Promise<TestDatabase> {
  database = await createTestDatabase({ migrate: false });
  return database;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const tables = async (url: string) =>
  (await query<{ tablename: string }>(url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map((row) => row.tablename);

const migration = (name: string, sql: string): Migration => ({ name, sql, checksum: createHash('sha256').update(sql).digest('hex') });
const first = migration('20000101000000_first', 'CREATE TABLE "First" (id int PRIMARY KEY);');
// Its second statement fails: the first must not survive it.
const broken = migration('20000102000000_second', 'CREATE TABLE "Second" (id int PRIMARY KEY); INSERT INTO "Missing" VALUES (1);');
const fixed = migration('20000102000000_second', 'CREATE TABLE "Second" (id int PRIMARY KEY);');

describe('applying migrations', () => {
  it('applies every committed migration once and records it as prisma migrate deploy does', async () => {
    const { url } = await emptyDatabase();
    const committed = readMigrations();
    expect(await applyMigrations(url)).toEqual(committed.map((m) => m.name));
    expect(await applyMigrations(url)).toEqual([]);
    const rows = await query<{ migration_name: string; checksum: string; finished: boolean; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(
      committed.map((m) => ({
        migration_name: m.name,
        checksum: createHash('sha256').update(readFileSync(path.join(MIGRATIONS_DIR, m.name, 'migration.sql'))).digest('hex'),
        finished: true,
        applied_steps_count: 1,
      })),
    );
    expect(await tables(url)).toContain('Job');
  });

  it('applies a migration and its record together or not at all, so a failed one is simply applied again once fixed', async () => {
    const { url } = await emptyDatabase();
    await expect(applyMigrations(url, [first, broken])).rejects.toThrow(/Missing/);
    expect(await tables(url)).toEqual(['First', '_prisma_migrations']);
    const rows = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NULL`);
    expect(rows).toEqual([]);
    expect(await applyMigrations(url, [first, fixed])).toEqual([fixed.name]);
    expect(await tables(url)).toEqual(['First', 'Second', '_prisma_migrations']);
  });

  it('takes over from a start that a tool without transactions left half-recorded (no tables, no finished_at)', async () => {
    const { url } = await emptyDatabase();
    // What such a tool leaves when killed right after recording the start of the first migration.
    await query(
      url,
      `CREATE TABLE "_prisma_migrations" (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz,
        migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(),
        applied_steps_count int NOT NULL DEFAULT 0)`,
    );
    await query(url, `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('stuck', $1, $2)`, [first.checksum, first.name]);

    expect(await applyMigrations(url, [first])).toEqual([first.name]);
    const rows = await query<{ id: string; finished: boolean; rolled_back: boolean }>(
      url,
      `SELECT id, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM "_prisma_migrations" ORDER BY started_at, id`,
    );
    expect(rows.find((row) => row.id === 'stuck')).toMatchObject({ finished: false, rolled_back: true });
    expect(rows.filter((row) => row.finished)).toHaveLength(1);
  });

  it('stops at a half-recorded migration whose changes are already in the database, naming it', async () => {
    const { url } = await emptyDatabase();
    await applyMigrations(url, [first]);
    await query(url, `UPDATE "_prisma_migrations" SET finished_at = NULL`);
    const error = await applyMigrations(url, [first]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InterruptedMigrationError);
    expect((error as InterruptedMigrationError).migration).toBe(first.name);
    expect(await tables(url)).toEqual(['First', '_prisma_migrations']);
  });

  it('refuses a database migrated by a newer version, naming the migrations it does not know, and changes nothing', async () => {
    const { url } = await emptyDatabase();
    await applyMigrations(url, [first, fixed]);
    const error = await applyMigrations(url, [first]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as NewerDatabaseError).unknown).toEqual([fixed.name]);
  });

  it('lets several portals migrate one database at once: each migration is applied exactly once', async () => {
    const { url } = await emptyDatabase();
    const runs = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    expect(runs.flat().sort()).toEqual(readMigrations().map((m) => m.name));
    const rows = await query<{ count: string }>(url, `SELECT count(*) FROM "_prisma_migrations"`);
    expect(Number(rows[0]!.count)).toBe(readMigrations().length);
  });
});
