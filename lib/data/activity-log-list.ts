import 'server-only';
import { operationLabel } from '../domain/access/operations';
import { ACTIVITY_PAGE_SIZE, activitySince, type ActivityEntryRow, type ActivityPage, type ActivityQuery } from '../schemas/activity-log';
import { getDb, type Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { csvLine } from './jobs-csv';
import { containsText } from './text-search';

// Reading the Activity log: newest first, filtered and paged by the database.

type Filters = Omit<ActivityQuery, 'page'>;

function activityWhere(vaultId: string, filters: Filters, now: Date): Prisma.ActivityLogEntryWhereInput {
  return {
    ...(filters.scope === 'all' ? { OR: [{ vaultId }, { vaultId: null }] } : { vaultId }),
    time: { gte: activitySince(filters.timespan, now) },
    ...(filters.operation ? { operation: filters.operation } : {}),
    ...(filters.result ? { result: filters.result } : {}),
    ...(filters.caller ? { callerName: containsText(filters.caller) } : {}),
  };
}

const ORDER = [{ time: 'desc' }, { id: 'desc' }] satisfies Prisma.ActivityLogEntryOrderByWithRelationInput[];
/** Counting stops this many pages past the one shown; beyond that the pager says "more". */
const COUNT_AHEAD_PAGES = 20;

type EntryRecord = Prisma.ActivityLogEntryGetPayload<object>;

function toRow(entry: EntryRecord): ActivityEntryRow {
  return {
    id: entry.id,
    time: entry.time.toISOString(),
    operation: entry.operation,
    operationName: operationLabel(entry.operation),
    result: entry.result,
    reason: entry.reason,
    callerName: entry.callerName,
    tokenName: entry.tokenName,
    clientAddress: entry.clientAddress,
    vaultName: entry.vaultName,
    target: entry.targetType && entry.targetId ? { type: entry.targetType, id: entry.targetId, name: entry.targetName ?? entry.targetId } : null,
    correlationId: entry.correlationId,
    jobId: entry.jobId,
  };
}

export async function listActivity(vaultId: string, query: ActivityQuery, db: Db = getDb()): Promise<ActivityPage> {
  const where = activityWhere(vaultId, query, new Date());
  const pageSize = ACTIVITY_PAGE_SIZE;
  const countLimit = (query.page + COUNT_AHEAD_PAGES) * pageSize;
  const [capped, records] = await Promise.all([
    db.activityLogEntry.findMany({ where, select: { id: true }, orderBy: ORDER, take: countLimit }),
    db.activityLogEntry.findMany({ where, orderBy: ORDER, skip: (query.page - 1) * pageSize, take: pageSize }),
  ]);
  const total = capped.length;
  return { items: records.map(toRow), total, totalCapped: total === countLimit, page: query.page, pageSize };
}

export const ACTIVITY_CSV_HEADER = ['Time (UTC)', 'Operation name', 'Status', 'Event initiated by', 'Access token', 'Resource type', 'Resource', 'Reason', 'Job ID', 'Correlation ID'];

const BATCH_SIZE = 1_000;

/** Every entry the filters show, as CSV in chunks read by keyset. */
export async function* activityCsvChunks(vaultId: string, filters: Filters, db: Db = getDb()): AsyncGenerator<string> {
  const where = activityWhere(vaultId, filters, new Date());
  yield `\uFEFF${csvLine(ACTIVITY_CSV_HEADER)}`;
  let after: { time: Date; id: string } | undefined;
  for (;;) {
    const keyset: Prisma.ActivityLogEntryWhereInput = after ? { OR: [{ time: { lt: after.time } }, { time: after.time, id: { lt: after.id } }] } : {};
    const batch = await db.activityLogEntry.findMany({ where: { AND: [where, keyset] }, orderBy: ORDER, take: BATCH_SIZE });
    if (batch.length > 0) {
      yield batch
        .map((entry) =>
          csvLine([
            entry.time.toISOString().replace('T', ' ').slice(0, 19),
            operationLabel(entry.operation),
            entry.result,
            entry.callerName,
            entry.tokenName ?? '',
            entry.targetType ?? '',
            entry.targetName ?? '',
            entry.reason ?? '',
            entry.jobId ?? '',
            entry.correlationId,
          ]),
        )
        .join('');
    }
    const last = batch.at(-1);
    if (!last || batch.length < BATCH_SIZE) return;
    after = { time: last.time, id: last.id };
  }
}
