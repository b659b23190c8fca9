import 'server-only';
import { elapsedMs, formatDuration, jobTypeLabel } from '@/lib/domain/jobs/job-display';
import { jobStateLabel } from '@/lib/domain/protection-status';
import type { JobsApiFilters } from '@/lib/schemas/jobs-params';
import type { JobRow } from '@/lib/schemas/jobs-page';
import { getDb, type Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { JOBS_ORDER, jobRowSelect, jobsWhere, toJobRows } from './jobs';

// The Jobs view's "Export to CSV": every job the filters show (not only the visible
// page), as RFC 4180 text that spreadsheet programs open as they are.

export const JOBS_CSV_HEADER = [
  'Name',
  'Item',
  'Type',
  'Status',
  'Progress (%)',
  'Start time (UTC)',
  'End time (UTC)',
  'Duration',
  'Job ID',
  'Attempts',
  'Part of job ID',
];

const BATCH_SIZE = 1_000;
// A byte-order mark, so that spreadsheet programs read the UTF-8 item names correctly.
const BOM = '\uFEFF';
// A field a spreadsheet would evaluate as a formula (CSV injection) is kept as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: quoted when it holds a separator, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** "2026-11-25 14:03:07": a UTC time that spreadsheet programs recognise as a date. */
function csvTime(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : '';
}

export function jobCsvFields(job: JobRow, nowMs: number): string[] {
  const elapsed = elapsedMs(job.startTime, job.endTime, nowMs);
  return [
    job.name,
    job.itemName,
    jobTypeLabel(job.scenarioName),
    jobStateLabel(job.state),
    String(job.progress),
    csvTime(job.startTime),
    csvTime(job.endTime),
    elapsed === null ? '' : formatDuration(elapsed),
    job.id,
    String(job.attemptCount),
    job.parent?.id ?? '',
  ];
}

/** "jobs-contoso-dr-vault-2026-11-25.csv"; anything unusual in the vault name becomes "-". */
export function jobsCsvFileName(vaultName: string, now: Date): string {
  return `jobs-${vaultName.replace(/[^A-Za-z0-9._-]/g, '-')}-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * The CSV in chunks of a thousand rows, read newest first by keyset (createdAt, id)
 * rather than by offset, so the last chunk of a large vault costs what the first does.
 */
export async function* jobsCsvChunks(vaultId: string, filters: JobsApiFilters, db: Db = getDb()): AsyncGenerator<string> {
  const now = new Date();
  const where = jobsWhere(vaultId, filters, now);
  yield BOM + csvLine(JOBS_CSV_HEADER);
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const keyset: Prisma.JobWhereInput = after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : {};
    const batch = await db.job.findMany({ where: { AND: [where, keyset] }, orderBy: JOBS_ORDER, select: jobRowSelect, take: BATCH_SIZE });
    if (batch.length > 0) yield (await toJobRows(db, batch)).map((row) => csvLine(jobCsvFields(row, now.getTime()))).join('');
    const last = batch.at(-1);
    if (!last || batch.length < BATCH_SIZE) return;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
