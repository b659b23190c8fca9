import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient, type Db } from '../lib/data/db';
import { startEmbeddedPostgres } from '../lib/data/embedded-postgres';
import { applyMigrations } from '../lib/data/migrate';

export interface TestDatabase {
  db: Db;
  url: string;
  stop(): Promise<void>;
}

/**
 * A throwaway, fully migrated database (empty with `migrate: false`): an in-memory PGlite by
 * default, or a fresh database on the PostgreSQL server named by TEST_POSTGRES_URL (dropped afterwards).
 */
export async function createTestDatabase({ migrate = true } = {}): Promise<TestDatabase> {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) {
    const embedded = await startEmbeddedPostgres();
    if (migrate) await applyMigrations(embedded.url);
    const db = createPrismaClient(embedded.url);
    return {
      db,
      url: embedded.url,
      async stop() {
        await db.$disconnect();
        await embedded.stop();
      },
    };
  }
  const name = `vault_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await adminQuery(server, `CREATE DATABASE "${name}"`);
  const target = new URL(server);
  target.pathname = `/${name}`;
  const url = target.toString();
  if (migrate) await applyMigrations(url);
  const db = createPrismaClient(url);
  return {
    db,
    url,
    async stop() {
      await db.$disconnect();
      await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
