import 'server-only';
import { jobTimeRangeStart } from '@/lib/domain/jobs/job-display';
import type { JobState } from '@/lib/domain/jobs/job-state';
import type { JobsApiFilters, JobsApiQuery } from '@/lib/schemas/jobs-params';
import { JOBS_PAGE_SIZE } from '@/lib/schemas/jobs-params';
import type { JobRow, JobsPage, JobStatusCounts } from '@/lib/schemas/jobs-page';
import { getDb, type Db } from './db';
import { Prisma } from './generated/prisma/client';
import { containsText, escapeLike } from './text-search';

export const jobRowSelect = {
  id: true,
  friendlyName: true,
  scenarioName: true,
  targetObjectName: true,
  state: true,
  progress: true,
  createdAt: true,
  startTime: true,
  endTime: true,
  attemptCount: true,
  startedBy: true,
  parentJobId: true,
} satisfies Prisma.JobSelect;

type JobRowRecord = Prisma.JobGetPayload<{ select: typeof jobRowSelect }>;

/** What ties a row to other jobs: the jobs it follows (a plan's machines), the job it is part of. */
export interface JobLinks {
  childCount: number;
  parent: JobRow['parent'];
}

/** Newest first; the id breaks ties so pages never overlap or skip. */
export const JOBS_ORDER = [{ createdAt: 'desc' }, { id: 'desc' }] satisfies Prisma.JobOrderByWithRelationInput[];

/**
 * The jobs a filter shows. A recovery plan's job and its machines' jobs are all listed;
 * the plan filter keeps the plan's jobs and the jobs they follow, the item filter every
 * job that item ran (those under a plan's job too).
 */
export function jobsWhere(vaultId: string, filters: JobsApiFilters, now: Date): Prisma.JobWhereInput {
  const since = jobTimeRangeStart(filters.range, now);
  return {
    vaultId,
    ...(filters.item ? { replicatedItemId: filters.item } : {}),
    ...(filters.status ? { state: filters.status } : {}),
    ...(filters.type ? { scenarioName: filters.type } : {}),
    ...(filters.plan ? { OR: [{ recoveryPlanId: filters.plan }, { parentJob: { is: { recoveryPlanId: filters.plan } } }] } : {}),
    ...(filters.target === 'item' ? { replicatedItemId: { not: null } } : {}),
    ...(filters.target === 'plan' ? { recoveryPlanId: { not: null } } : {}),
    ...(since || filters.createdFrom || filters.createdTo ? { createdAt: createdBetween(since, filters) } : {}),
    ...(filters.q ? { targetObjectName: containsText(filters.q) } : {}),
  };
}

/** The range's start and the explicit bounds together: the later start and the given end. */
function createdBetween(since: Date | null, filters: JobsApiFilters): { gte?: Date; lte?: Date } {
  const starts = [since, filters.createdFrom].filter((date): date is Date => date instanceof Date);
  const from = starts.length > 0 ? new Date(Math.max(...starts.map((date) => date.getTime()))) : undefined;
  return { ...(from ? { gte: from } : {}), ...(filters.createdTo ? { lte: filters.createdTo } : {}) };
}

export const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toJobRow(record: JobRowRecord, links: JobLinks): JobRow {
  return {
    id: record.id,
    name: record.friendlyName,
    scenarioName: record.scenarioName,
    itemName: record.targetObjectName,
    state: record.state,
    progress: record.progress,
    createdAt: record.createdAt.toISOString(),
    startTime: iso(record.startTime),
    endTime: iso(record.endTime),
    attemptCount: record.attemptCount,
    startedBy: record.startedBy,
    childCount: links.childCount,
    parent: links.parent,
  };
}

/**
 * Rows with their links, read for these rows alone (by their ids, on the parentJobId index).
 * Selected as relations in the paged query itself, Prisma would count every job's children
 * (and an offset page would work them out for each row it skips).
 */
export async function toJobRows(db: Db, records: readonly JobRowRecord[]): Promise<JobRow[]> {
  if (records.length === 0) return [];
  const parentIds = [...new Set(records.flatMap((record) => (record.parentJobId ? [record.parentJobId] : [])))];
  const [counts, parents] = await Promise.all([
    db.job.groupBy({ by: ['parentJobId'], where: { parentJobId: { in: records.map((record) => record.id) } }, _count: { _all: true } }),
    parentIds.length > 0 ? db.job.findMany({ where: { id: { in: parentIds } }, select: { id: true, targetObjectName: true } }) : [],
  ]);
  const childCounts = new Map(counts.map((count) => [count.parentJobId, count._count._all]));
  const parentNames = new Map(parents.map((parent) => [parent.id, parent.targetObjectName]));
  return records.map((record) => {
    const parentName = record.parentJobId ? parentNames.get(record.parentJobId) : undefined;
    return toJobRow(record, {
      childCount: childCounts.get(record.id) ?? 0,
      parent: record.parentJobId && parentName !== undefined ? { id: record.parentJobId, itemName: parentName } : null,
    });
  });
}

/**
 * The filter of jobsWhere as SQL, for the capped count below: Prisma's count with a limit
 * sorts every matching row by id before it stops, which costs more than the page itself.
 */
function jobsWhereSql(vaultId: string, filters: JobsApiFilters, now: Date): Prisma.Sql {
  const since = jobTimeRangeStart(filters.range, now);
  const conditions = [Prisma.sql`"vaultId" = ${vaultId}`];
  if (filters.item) conditions.push(Prisma.sql`"replicatedItemId" = ${filters.item}`);
  if (filters.status) conditions.push(Prisma.sql`"state" = ${filters.status}::"JobState"`);
  if (filters.type) conditions.push(Prisma.sql`"scenarioName" = ${filters.type}`);
  if (filters.plan) {
    conditions.push(
      Prisma.sql`("recoveryPlanId" = ${filters.plan} OR "parentJobId" IN (SELECT id FROM "Job" WHERE "recoveryPlanId" = ${filters.plan}))`,
    );
  }
  if (filters.target === 'item') conditions.push(Prisma.sql`"replicatedItemId" IS NOT NULL`);
  if (filters.target === 'plan') conditions.push(Prisma.sql`"recoveryPlanId" IS NOT NULL`);
  const { gte, lte } = createdBetween(since, filters);
  if (gte) conditions.push(Prisma.sql`"createdAt" >= ${gte}`);
  if (lte) conditions.push(Prisma.sql`"createdAt" <= ${lte}`);
  if (filters.q) conditions.push(Prisma.sql`"targetObjectName" ILIKE ${`%${escapeLike(filters.q)}%`}`);
  return Prisma.join(conditions, ' AND ');
}

async function countJobsUpTo(db: Db, where: Prisma.Sql, limit: number): Promise<number> {
  const rows = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM (SELECT 1 FROM "Job" WHERE ${where} LIMIT ${limit}) AS capped`;
  return Number(rows[0]?.count ?? 0);
}

// Counting every job of a large vault costs as much as reading them all, on every poll.
// Counting stops this many pages past the one shown; beyond that the list says "more".
const COUNT_AHEAD_PAGES = 40;

/**
 * One page of a vault's jobs, with how many there are up to a limit past this page
 * (totalCapped: there are more). A page past the end (a bookmark to a list that has
 * since shrunk, or a narrower time range) returns the last page instead of an empty one.
 */
export async function listJobs(vaultId: string, query: JobsApiQuery, db: Db = getDb()): Promise<JobsPage> {
  const now = new Date();
  const where = jobsWhere(vaultId, query, now);
  const pageSize = JOBS_PAGE_SIZE;
  const readPage = async (page: number) =>
    toJobRows(db, await db.job.findMany({ where, orderBy: JOBS_ORDER, select: jobRowSelect, skip: (page - 1) * pageSize, take: pageSize }));

  const countLimit = (query.page + COUNT_AHEAD_PAGES) * pageSize;
  const [total, records] = await Promise.all([countJobsUpTo(db, jobsWhereSql(vaultId, query, now), countLimit), readPage(query.page)]);
  const totalCapped = total === countLimit;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (query.page <= lastPage) return { items: records, total, totalCapped, page: query.page, pageSize };
  return { items: await readPage(lastPage), total, totalCapped, page: lastPage, pageSize };
}

const COUNTED_STATES = { inProgress: 'InProgress', failed: 'Failed', waiting: 'Suspended' } as const satisfies Record<
  Exclude<keyof JobStatusCounts, 'range' | 'total'>,
  JobState
>;

/** In the last 24 hours, as the portal's overview counts them; with the same filter the Jobs view applies. */
export async function countRecentJobsByStatus(vaultId: string, db: Db = getDb()): Promise<JobStatusCounts> {
  const range = '24h' as const;
  const groups = await db.job.groupBy({
    by: ['state'],
    where: jobsWhere(vaultId, { range }, new Date()),
    _count: { _all: true },
  });
  const count = (state: JobState) => groups.find((group) => group.state === state)?._count._all ?? 0;
  return {
    range,
    inProgress: count(COUNTED_STATES.inProgress),
    failed: count(COUNTED_STATES.failed),
    waiting: count(COUNTED_STATES.waiting),
    total: groups.reduce((sum, group) => sum + group._count._all, 0),
  };
}

/** The vault's recovery plans by name, for the Jobs view's plan filter. */
export async function listPlanFilterChoices(vaultId: string, db: Db = getDb()): Promise<Array<{ id: string; name: string }>> {
  const plans = await db.recoveryPlan.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' }, select: { id: true, friendlyName: true } });
  return plans.map((plan) => ({ id: plan.id, name: plan.friendlyName }));
}

export const armJobSelect = {
  ...jobRowSelect,
  stateDescription: true,
  cancelRequested: true,
  replicatedItemId: true,
  recoveryPlanId: true,
} satisfies Prisma.JobSelect;

export type ArmJobRecord = Prisma.JobGetPayload<{ select: typeof armJobSelect }>;

/**
 * A page of jobs for the automation API, newest first, with the Jobs view's filters:
 * read after the previous page's last job (or by offset) with one row more than the page
 * (whether another page follows) and no count, which a client paging by nextLink does not need.
 */
export async function listJobRecords(
  vaultId: string,
  filters: JobsApiFilters,
  page: { skip: number; take: number; after?: { at: Date; id: string } | null },
  db: Db = getDb(),
): Promise<{ jobs: ArmJobRecord[]; more: boolean }> {
  const filtered = jobsWhere(vaultId, filters, new Date());
  const { after } = page;
  // The same order as JOBS_ORDER: older than the last job, or as old with a smaller id. The
  // bound on createdAt alone says the same again, so that the index on (vaultId, createdAt)
  // starts the scan at the last job instead of reading every job of the pages before it.
  const seek = after && { createdAt: { lte: after.at }, OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] };
  const where = seek ? { AND: [filtered, seek] } : filtered;
  const rows = await db.job.findMany({ where, orderBy: JOBS_ORDER, select: armJobSelect, skip: after ? 0 : page.skip, take: page.take + 1 });
  return { jobs: rows.slice(0, page.take), more: rows.length > page.take };
}
