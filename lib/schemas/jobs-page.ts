// What the Jobs grid and the job blade show: returned by lib/data/jobs and, as JSON, by
// the GET routes. Kept apart from the query schema so the browser does not load it.
import * as z from 'zod/mini';
import { JOB_STARTERS } from '@/lib/domain/jobs/job-attempts';
import { JOB_STATES } from '@/lib/domain/jobs/job-state';

const isoTime = z.iso.datetime();

export const jobRowSchema = z.object({
  id: z.string(),
  /** friendlyName, e.g. "Reprotect". */
  name: z.string(),
  scenarioName: z.string(),
  /** targetObjectName: the replicated item's name when the job ran. */
  itemName: z.string(),
  state: z.enum(JOB_STATES),
  progress: z.number(),
  createdAt: isoTime,
  /** The current attempt's times: a restart starts them again. */
  startTime: z.nullable(isoTime),
  endTime: z.nullable(isoTime),
  /** 1, plus one per Restart. */
  attemptCount: z.number(),
  /** Who started the current attempt (the signed-in user, with the token's name for API calls); null when the portal itself did. */
  startedBy: z.nullable(z.string()),
  /** The jobs this one follows (a recovery plan's: one per machine); 0 for most jobs. */
  childCount: z.number(),
  /** The job this one is part of (a machine's job under its recovery plan's). */
  parent: z.nullable(z.object({ id: z.string(), itemName: z.string() })),
});
export type JobRow = z.infer<typeof jobRowSchema>;

export const jobsPageSchema = z.object({
  items: z.array(jobRowSchema),
  total: z.number(),
  /** True when counting stopped at its limit: there are more jobs than total. */
  totalCapped: z.boolean(),
  page: z.number(),
  pageSize: z.number(),
});
export type JobsPage = z.infer<typeof jobsPageSchema>;

export const jobTaskSchema = z.object({
  id: z.string(),
  order: z.number(),
  name: z.string(),
  friendlyName: z.string(),
  state: z.enum(JOB_STATES),
  progress: z.number(),
  startTime: z.nullable(isoTime),
  endTime: z.nullable(isoTime),
  /** The attempt that ran it: an earlier one for a task kept across a restart. */
  ranInAttempt: z.number(),
});
export type JobTask = z.infer<typeof jobTaskSchema>;

export const jobErrorSchema = z.object({
  id: z.string(),
  /** The task that failed, by its friendly name; null for an error of the whole job. */
  taskName: z.nullable(z.string()),
  errorCode: z.string(),
  errorMessage: z.string(),
  possibleCauses: z.string(),
  recommendedAction: z.string(),
  errorLevel: z.enum(['Error', 'Warning', 'Info']),
  creationTime: isoTime,
  /** The attempt that raised it. */
  attempt: z.number(),
});
export type JobErrorDetails = z.infer<typeof jobErrorSchema>;

const starter = { startedVia: z.enum(JOB_STARTERS), startedBy: z.nullable(z.string()) };

/** An earlier attempt of a restarted job, as it ended. */
export const jobAttemptSchema = z.object({
  number: z.number(),
  ...starter,
  state: z.enum(JOB_STATES),
  stateDescription: z.nullable(z.string()),
  progress: z.number(),
  startTime: z.nullable(isoTime),
  endTime: z.nullable(isoTime),
  tasks: z.array(jobTaskSchema),
  errors: z.array(jobErrorSchema),
});
export type JobAttempt = z.infer<typeof jobAttemptSchema>;

/** A job that a job follows (a machine's, under its recovery plan's), with its latest error. */
export const jobChildSchema = z.object({
  id: z.string(),
  name: z.string(),
  itemName: z.string(),
  state: z.enum(JOB_STATES),
  progress: z.number(),
  startTime: z.nullable(isoTime),
  endTime: z.nullable(isoTime),
  attemptCount: z.number(),
  /** The task it is running now, while it runs. */
  currentTask: z.nullable(z.string()),
  /** Its current attempt's latest error. */
  error: z.nullable(jobErrorSchema),
});
export type JobChild = z.infer<typeof jobChildSchema>;

export const jobDetailSchema = z.extend(jobRowSchema, {
  stateDescription: z.nullable(z.string()),
  cancelRequested: z.boolean(),
  /** The replicated item, while it still exists. */
  itemId: z.nullable(z.string()),
  /** The recovery plan, for a plan's own job. */
  recoveryPlanId: z.nullable(z.string()),
  allowedActions: z.array(z.enum(['Cancel', 'Restart', 'Resume'])),
  /** Who started the current attempt. */
  ...starter,
  /** The current attempt's tasks. */
  tasks: z.array(jobTaskSchema),
  /** The current attempt's errors, newest first. */
  errors: z.array(jobErrorSchema),
  /** The attempts before the current one, newest first. */
  earlierAttempts: z.array(jobAttemptSchema),
  /** The jobs it follows, in the order they were queued. */
  children: z.array(jobChildSchema),
});
export type JobDetail = z.infer<typeof jobDetailSchema>;

/** The overview's job counts: each links to the Jobs view filtered the same way. */
export const jobStatusCountsSchema = z.object({
  range: z.literal('24h'),
  inProgress: z.number(),
  failed: z.number(),
  waiting: z.number(),
  /** Every job of the range, whatever its state: what the counts are a part of. */
  total: z.number(),
});
export type JobStatusCounts = z.infer<typeof jobStatusCountsSchema>;
