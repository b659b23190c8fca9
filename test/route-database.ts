import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from './database';

// Route handlers and server actions reach the database through the portal's one
// client (getDb, from DATABASE_URL). A test of them gets a database of its own and
// points that client at it for the file's duration.

const globalForPrisma = globalThis as { vaultPortalPrisma?: { $disconnect(): Promise<void> } };

/** Registers the file's hooks; `current()` is the database once beforeAll has run. */
export function setUpRouteDatabase(): { current: () => TestDatabase } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    delete globalForPrisma.vaultPortalPrisma;
  }, 120_000);
  afterAll(async () => {
    await globalForPrisma.vaultPortalPrisma?.$disconnect();
    delete globalForPrisma.vaultPortalPrisma;
    await database?.stop();
  });
  return {
    current: () => {
      if (!database) throw new Error('The route database is not ready yet');
      return database;
    },
  };
}
