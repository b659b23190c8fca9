import { jobTimeRangeStart } from '@/lib/domain/jobs/job-display';
import { allowedActions, type JobState } from '@/lib/domain/jobs/job-state';
import type { JobsFilters, JobsQuery } from '@/lib/schemas/jobs-params';
import { JOBS_PAGE_SIZE } from '@/lib/schemas/jobs-params';
import type { JobDetail, JobRow, JobsPage, JobStatusCounts } from '@/lib/schemas/jobs-page';
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
} satisfies Prisma.JobSelect;

type JobRowRecord = Prisma.JobGetPayload<{ select: typeof jobRowSelect }>;

/** Newest first; the id breaks ties so pages never overlap or skip. */
export const JOBS_ORDER = [{ createdAt: 'desc' }, { id: 'desc' }] satisfies Prisma.JobOrderByWithRelationInput[];

/**
 * The jobs a filter shows. Child jobs are steps of a parent job (a recovery plan's
 * per-VM jobs): the list shows what operators started, as the portal does.
 */
export function jobsWhere(vaultId: string, filters: JobsFilters, now: Date): Prisma.JobWhereInput {
  const since = jobTimeRangeStart(filters.range, now);
  return {
    vaultId,
    parentJobId: null,
    ...(filters.status ? { state: filters.status } : {}),
    ...(filters.type ? { scenarioName: filters.type } : {}),
    ...(since ? { createdAt: { gte: since } } : {}),
    ...(filters.q ? { targetObjectName: containsText(filters.q) } : {}),
  };
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toJobRow(record: JobRowRecord): JobRow {
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
  };
}

/**
 * The filter of jobsWhere as SQL, for the capped count below: Prisma's count with a limit
 * sorts every matching row by id before it stops, which costs more than the page itself.
 */
function jobsWhereSql(vaultId: string, filters: JobsFilters, now: Date): Prisma.Sql {
  const since = jobTimeRangeStart(filters.range, now);
  const conditions = [Prisma.sql`"vaultId" = ${vaultId}`, Prisma.sql`"parentJobId" IS NULL`];
  if (filters.status) conditions.push(Prisma.sql`"state" = ${filters.status}::"JobState"`);
  if (filters.type) conditions.push(Prisma.sql`"scenarioName" = ${filters.type}`);
  if (since) conditions.push(Prisma.sql`"createdAt" >= ${since}`);
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
export async function listJobs(vaultId: string, query: JobsQuery, db: Db = getDb()): Promise<JobsPage> {
  const now = new Date();
  const where = jobsWhere(vaultId, query, now);
  const pageSize = JOBS_PAGE_SIZE;
  const readPage = (page: number) =>
    db.job.findMany({ where, orderBy: JOBS_ORDER, select: jobRowSelect, skip: (page - 1) * pageSize, take: pageSize });

  const countLimit = (query.page + COUNT_AHEAD_PAGES) * pageSize;
  const [total, records] = await Promise.all([countJobsUpTo(db, jobsWhereSql(vaultId, query, now), countLimit), readPage(query.page)]);
  const totalCapped = total === countLimit;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (query.page <= lastPage) return { items: records.map(toJobRow), total, totalCapped, page: query.page, pageSize };
  return { items: (await readPage(lastPage)).map(toJobRow), total, totalCapped, page: lastPage, pageSize };
}

/** A job of the vault with its tasks and errors; null when it does not exist in this vault. */
export async function getJobDetail(vaultId: string, jobId: string, db: Db = getDb()): Promise<JobDetail | null> {
  const job = await db.job.findFirst({
    where: { id: jobId, vaultId },
    select: {
      ...jobRowSelect,
      stateDescription: true,
      cancelRequested: true,
      replicatedItemId: true,
      tasks: {
        orderBy: { order: 'asc' },
        select: { id: true, order: true, name: true, friendlyName: true, state: true, progress: true, startTime: true, endTime: true },
      },
      errors: {
        orderBy: [{ creationTime: 'desc' }, { id: 'desc' }],
        select: {
          id: true,
          errorCode: true,
          errorMessage: true,
          possibleCauses: true,
          recommendedAction: true,
          errorLevel: true,
          creationTime: true,
          task: { select: { friendlyName: true } },
        },
      },
    },
  });
  if (!job) return null;
  return {
    ...toJobRow(job),
    stateDescription: job.stateDescription,
    cancelRequested: job.cancelRequested,
    itemId: job.replicatedItemId,
    allowedActions: allowedActions(job.state, { cancelRequested: job.cancelRequested, scenarioName: job.scenarioName }),
    tasks: job.tasks.map((task) => ({ ...task, startTime: iso(task.startTime), endTime: iso(task.endTime) })),
    errors: job.errors.map(({ task, creationTime, ...error }) => ({
      ...error,
      taskName: task?.friendlyName ?? null,
      creationTime: creationTime.toISOString(),
    })),
  };
}

const COUNTED_STATES = { inProgress: 'InProgress', failed: 'Failed', waiting: 'Suspended' } as const satisfies Record<
  Exclude<keyof JobStatusCounts, 'range'>,
  JobState
>;

/** In the last 24 hours, as the portal's overview counts them; with the same filter the Jobs view applies. */
export async function countRecentJobsByStatus(vaultId: string, db: Db = getDb()): Promise<JobStatusCounts> {
  const range = '24h' as const;
  const groups = await db.job.groupBy({
    by: ['state'],
    where: { ...jobsWhere(vaultId, { range }, new Date()), state: { in: Object.values(COUNTED_STATES) } },
    _count: { _all: true },
  });
  const count = (state: JobState) => groups.find((group) => group.state === state)?._count._all ?? 0;
  return {
    range,
    inProgress: count(COUNTED_STATES.inProgress),
    failed: count(COUNTED_STATES.failed),
    waiting: count(COUNTED_STATES.waiting),
  };
}
