import 'server-only';
import { Prisma } from './generated/prisma/client';
import type { DbOrTx } from './reprotect-facts';

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Inserts rows in one statement with one parameter, whatever their number: the rows as JSON,
 * each value read as its column's type by the table's own row type. The ORM's createMany
 * sends one parameter per value and plans every call afresh, which for a few hundred rows
 * costs more than the database's own work. Columns left out take their defaults.
 */
export async function insertRows<Row extends Record<string, unknown>>(db: DbOrTx, table: string, columns: ReadonlyArray<keyof Row & string>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Prisma.raw(columns.map(quoted).join(', '));
  await db.$executeRaw`
    INSERT INTO ${Prisma.raw(quoted(table))} (${names})
    SELECT ${names} FROM json_populate_recordset(NULL::${Prisma.raw(quoted(table))}, ${JSON.stringify(rows)}::json)`;
}
