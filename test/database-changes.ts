import type { Db } from '../lib/data/db';

// Every row written in a test database, as the database itself sees it: a trigger on
// each table (found in the catalog, so tables added later are watched too) notes the
// table and operation in a log of its own, in the writing transaction, so that a write
// rolled back leaves no note. Cheap enough to ask after every request of the fuzz suite.

/** Rows that change as bookkeeping of a request rather than as its effect (PortalSetting: the cookie secret, made on first use). */
const BOOKKEEPING_TABLES = ['_prisma_migrations', 'SignInThrottle', 'Session', 'Verification', 'PortalSetting'];

const LOG = '"_test_row_changes"';

export interface ChangeWatch {
  /** The writes since the last call (or since watching began), as "Table INSERT|UPDATE|DELETE". */
  changesSinceLastCall(): Promise<string[]>;
}

/**
 * Watches every table for writes, except bookkeeping: sign-in throttling, sessions, the
 * portal's generated settings, a token's last use, and the Failed activity entry that a
 * refused write records by design.
 */
export async function watchRowChanges(db: Db): Promise<ChangeWatch> {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS ${LOG} (id bigserial PRIMARY KEY, "table" text NOT NULL, op text NOT NULL)`);
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION "_test_note_row_change"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Nested: PL/pgSQL may evaluate every operand, and NEW has only its own table's columns.
      IF TG_TABLE_NAME = 'ApiToken' AND TG_OP = 'UPDATE' THEN
        IF (to_jsonb(NEW) - 'lastUsedAt') = (to_jsonb(OLD) - 'lastUsedAt') THEN RETURN NULL; END IF;
      END IF;
      IF TG_TABLE_NAME = 'ActivityLogEntry' AND TG_OP = 'INSERT' THEN
        IF to_jsonb(NEW) ->> 'result' = 'Failed' THEN RETURN NULL; END IF;
      END IF;
      INSERT INTO ${LOG} ("table", op) VALUES (TG_TABLE_NAME, TG_OP);
      RETURN NULL;
    END $$`);
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  for (const { name } of tables) {
    if (BOOKKEEPING_TABLES.includes(name) || name === '_test_row_changes') continue;
    const table = `"${name.replace(/"/g, '""')}"`;
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "_test_row_change" ON ${table}`);
    await db.$executeRawUnsafe(`CREATE TRIGGER "_test_row_change" AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION "_test_note_row_change"()`);
  }
  let seen = 0n;
  const [start] = await db.$queryRawUnsafe<{ id: bigint | null }[]>(`SELECT max(id) AS id FROM ${LOG}`);
  seen = start?.id ?? 0n;
  return {
    async changesSinceLastCall() {
      const rows = await db.$queryRawUnsafe<{ id: bigint; table: string; op: string }[]>(`SELECT id, "table", op FROM ${LOG} WHERE id > $1 ORDER BY id`, seen);
      if (rows.length) seen = rows[rows.length - 1]!.id;
      return rows.map((row) => `${row.table} ${row.op}`);
    },
  };
}
