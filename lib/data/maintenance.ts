import { getDb, type Db } from './db';

/**
 * Refreshes the planner's statistics and the visibility map. A PostgreSQL server does this by
 * itself (autovacuum); the embedded database has no such daemon, so after bulk loads and as
 * tables grow its plans would go on assuming empty tables, and could never answer a paged list
 * from its index alone. Pages already marked all-visible are skipped, so a repeat is cheap.
 */
export async function refreshStatistics(db: Db = getDb()): Promise<void> {
  await db.$executeRawUnsafe('VACUUM (ANALYZE)');
}
