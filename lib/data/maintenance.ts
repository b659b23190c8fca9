import 'server-only';
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

/**
 * Whether the database is the embedded one (PGlite), as the server itself reports it: a
 * portal can be pointed at any server, so the answer comes from the server, not from how
 * this process was started.
 */
export async function isEmbeddedDatabase(db: Db = getDb()): Promise<boolean> {
  const [row] = await db.$queryRaw<{ embedded: boolean }[]>`SELECT version() LIKE '%PGlite%' AS embedded`;
  return row?.embedded ?? false;
}

/**
 * The runners' periodic upkeep: the statistics refresh, where only this process can do it.
 * A PostgreSQL server, perhaps shared with other applications, is left to its own
 * autovacuum. Returns whether anything ran.
 */
export async function routineMaintenance(db: Db = getDb()): Promise<boolean> {
  if (!(await isEmbeddedDatabase(db))) return false;
  await refreshStatistics(db);
  return true;
}
