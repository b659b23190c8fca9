import 'server-only';
import { Prisma } from './generated/prisma/client';
import type { DbOrTx } from './reprotect-facts';

/** A column's type in the database: its values travel as one array and are cast on the way in. */
export type ColumnType = 'text' | 'integer' | 'jsonb' | 'timestamp' | { enum: string };

export type Columns<Row> = { [K in keyof Row & string]: ColumnType };

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The array a column's values are sent as: integers as integers, everything else as text. */
function parameterOf(values: unknown[], type: ColumnType): Prisma.Sql {
  if (type === 'integer') return Prisma.sql`${values}::integer[]`;
  const texts = values.map((value) => {
    if (value === null || value === undefined) return null;
    if (type === 'jsonb') return JSON.stringify(value);
    if (type === 'timestamp') return (value as Date).toISOString();
    return String(value);
  });
  return Prisma.sql`${texts}::text[]`;
}

/** `value::type`, with the time zone of an ISO time dropped as Prisma stores its times: in UTC, without a zone. */
function castOf(index: number, type: ColumnType): Prisma.Sql {
  const sqlType = typeof type === 'object' ? quoted(type.enum) : type === 'timestamp' ? 'timestamp(3)' : type;
  return Prisma.raw(`c${index}::${sqlType}`);
}

/**
 * Inserts rows in one statement whose text does not grow with their number: one array per
 * column, unnested. The ORM's createMany sends one parameter per value and plans every call
 * afresh, which for a few hundred rows costs more than the database's own work. Columns
 * left out take their defaults in the database.
 */
export async function insertRows<Row extends Record<string, unknown>>(db: DbOrTx, table: string, columns: Columns<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns) as Array<keyof Row & string>;
  const aliases = names.map((_, index) => `c${index}`).join(', ');
  const arrays = names.map((name) => parameterOf(rows.map((row) => row[name]), columns[name]));
  await db.$executeRaw`
    INSERT INTO ${Prisma.raw(quoted(table))} (${Prisma.raw(names.map(quoted).join(', '))})
    SELECT ${Prisma.join(names.map((name, index) => castOf(index, columns[name])))}
    FROM unnest(${Prisma.join(arrays)}) AS rows(${Prisma.raw(aliases)})`;
}
