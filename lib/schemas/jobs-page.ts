// What the Jobs grid and the job blade show: returned by lib/data/jobs and, as JSON, by
// the GET routes. Kept apart from the query schema so the browser does not load it.
import * as z from 'zod/mini';
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
  startTime: z.nullable(isoTime),
  endTime: z.nullable(isoTime),
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
});
export type JobErrorDetails = z.infer<typeof jobErrorSchema>;

export const jobDetailSchema = z.extend(jobRowSchema, {
  stateDescription: z.nullable(z.string()),
  cancelRequested: z.boolean(),
  /** The replicated item, while it still exists. */
  itemId: z.nullable(z.string()),
  allowedActions: z.array(z.enum(['Cancel', 'Restart', 'Resume'])),
  tasks: z.array(jobTaskSchema),
  /** Newest first: a restarted job keeps its earlier errors as history. */
  errors: z.array(jobErrorSchema),
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
