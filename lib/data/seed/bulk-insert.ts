import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { SeedDb } from './values';

interface BulkRows {
  ReplicatedItem: Prisma.ReplicatedItemCreateManyInput;
  ReplicatedItemDatastore: Prisma.ReplicatedItemDatastoreCreateManyInput;
  Job: Prisma.JobCreateManyInput;
  JobTask: Prisma.JobTaskCreateManyInput;
  JobError: Prisma.JobErrorCreateManyInput;
}

export type BulkTable = keyof BulkRows;

const BATCH = 2000;
const COLUMN = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Inserts many rows as one JSON parameter per batch, expanded by
 * json_populate_recordset, which casts every value to its column's type.
 * createMany binds one parameter per column per row, which the embedded
 * PGlite parses about five times slower; a 10,000-item bench vault then takes
 * a quarter of a minute instead of a few seconds.
 * Every row must carry the same keys; columns left out take their database
 * defaults, so rows must give the ones Prisma fills in itself (id, updatedAt).
 */
export async function bulkInsert<T extends BulkTable>(db: SeedDb, table: T, rows: BulkRows[T][]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  for (const column of columns) {
    if (!COLUMN.test(column)) throw new Error(`Unexpected column name ${column}`);
  }
  const list = columns.map((c) => `"${c}"`).join(', ');
  const sql = `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.$executeRawUnsafe(sql, JSON.stringify(rows.slice(i, i + BATCH)));
  }
}
