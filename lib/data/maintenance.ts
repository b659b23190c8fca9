import { getDb, type Db } from './db';

/**
 * Refreshes the planner's statistics. A PostgreSQL server does this by itself
 * (autovacuum); the embedded database has no such daemon, so after bulk loads and
 * as tables grow its plans would go on assuming empty tables.
 */
export async function refreshStatistics(db: Db = getDb()): Promise<void> {
  await db.$executeRawUnsafe('ANALYZE');
}
