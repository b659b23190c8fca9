import 'server-only';
import { allowedActions } from '@/lib/domain/jobs/job-state';
import type { JobChild, JobDetail, JobErrorDetails } from '@/lib/schemas/jobs-page';
import { getDb, type Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { iso, jobRowSelect, toJobRow } from './jobs';

// One job as its blade shows it: the current attempt (the job's own state, tasks and
// errors), the attempts before it as they ended, and the jobs it follows (a recovery
// plan's machines), each with its latest error, so a failed machine is explained from
// the plan's job.

/** A job's task as the job blade shows it and a restart keeps it. */
export const jobTaskSelect = {
  id: true,
  order: true,
  name: true,
  friendlyName: true,
  state: true,
  progress: true,
  startTime: true,
  endTime: true,
  ranInAttempt: true,
} satisfies Prisma.JobTaskSelect;

const errorSelect = {
  id: true,
  errorCode: true,
  errorMessage: true,
  possibleCauses: true,
  recommendedAction: true,
  errorLevel: true,
  creationTime: true,
  attempt: true,
  task: { select: { friendlyName: true } },
} satisfies Prisma.JobErrorSelect;

const NEWEST_ERRORS = [{ creationTime: 'desc' }, { id: 'desc' }] satisfies Prisma.JobErrorOrderByWithRelationInput[];

type TaskRecord = Prisma.JobTaskGetPayload<{ select: typeof jobTaskSelect }>;
type ErrorRecord = Prisma.JobErrorGetPayload<{ select: typeof errorSelect }>;

const toTask = (task: TaskRecord) => ({ ...task, startTime: iso(task.startTime), endTime: iso(task.endTime) });

function toError({ task, creationTime, ...error }: ErrorRecord): JobErrorDetails {
  return { ...error, taskName: task?.friendlyName ?? null, creationTime: creationTime.toISOString() };
}

const detailSelect = {
  ...jobRowSelect,
  stateDescription: true,
  cancelRequested: true,
  replicatedItemId: true,
  recoveryPlanId: true,
  parentJob: { select: { id: true, targetObjectName: true } },
  startedVia: true,
  startedBy: true,
  tasks: { orderBy: { order: 'asc' }, select: jobTaskSelect },
  // Every attempt's: each is shown under the attempt that raised it.
  errors: { orderBy: NEWEST_ERRORS, select: errorSelect },
  attempts: {
    orderBy: { number: 'desc' },
    select: {
      number: true,
      startedVia: true,
      startedBy: true,
      state: true,
      stateDescription: true,
      progress: true,
      startTime: true,
      endTime: true,
      tasks: { orderBy: { order: 'asc' }, select: jobTaskSelect },
    },
  },
  childJobs: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      friendlyName: true,
      targetObjectName: true,
      state: true,
      progress: true,
      startTime: true,
      endTime: true,
      attemptCount: true,
      tasks: { where: { state: 'InProgress' }, orderBy: { order: 'asc' }, take: 1, select: { friendlyName: true } },
      // The newest error is the current attempt's, if that attempt raised any: later attempts' errors are newer.
      errors: { orderBy: NEWEST_ERRORS, take: 1, select: errorSelect },
    },
  },
} satisfies Prisma.JobSelect;

type ChildRecord = Prisma.JobGetPayload<{ select: typeof detailSelect }>['childJobs'][number];

function toChild(child: ChildRecord): JobChild {
  const latest = child.errors[0];
  return {
    id: child.id,
    name: child.friendlyName,
    itemName: child.targetObjectName,
    state: child.state,
    progress: child.progress,
    startTime: iso(child.startTime),
    endTime: iso(child.endTime),
    attemptCount: child.attemptCount,
    currentTask: child.tasks[0]?.friendlyName ?? null,
    error: latest && latest.attempt === child.attemptCount ? toError(latest) : null,
  };
}

/** A job of the vault as its blade shows it; null when it does not exist in this vault. */
export async function getJobDetail(vaultId: string, jobId: string, db: Db = getDb()): Promise<JobDetail | null> {
  const job = await db.job.findFirst({ where: { id: jobId, vaultId }, select: detailSelect });
  if (!job) return null;
  const errors = job.errors.map(toError);
  return {
    ...toJobRow(job, {
      childCount: job.childJobs.length,
      parent: job.parentJob ? { id: job.parentJob.id, itemName: job.parentJob.targetObjectName } : null,
    }),
    stateDescription: job.stateDescription,
    cancelRequested: job.cancelRequested,
    itemId: job.replicatedItemId,
    recoveryPlanId: job.recoveryPlanId,
    allowedActions: allowedActions(job.state, { cancelRequested: job.cancelRequested, scenarioName: job.scenarioName }),
    startedVia: job.startedVia,
    startedBy: job.startedBy,
    tasks: job.tasks.map(toTask),
    errors: errors.filter((error) => error.attempt === job.attemptCount),
    earlierAttempts: job.attempts.map((attempt) => ({
      ...attempt,
      startTime: iso(attempt.startTime),
      endTime: iso(attempt.endTime),
      tasks: attempt.tasks.map(toTask),
      errors: errors.filter((error) => error.attempt === attempt.number),
    })),
    children: job.childJobs.map(toChild),
  };
}
