import { NextResponse } from 'next/server';
import type { ArmContext, ArmParams } from './arm-route';
import { armJson } from './arm-route';
import type { Operation } from '../domain/access/operations';
import { getJobDetail } from '../data/jobs-detail';
import type { JobActionResult } from '../jobs/actions';
import { failure, type ActionResult } from '../schemas/action-result';
import type { JobDetail } from '../schemas/jobs-page';
import { jobIdSchema } from '../schemas/jobs';
import { jobSourceOfDetail, toArmJob } from './jobs';
import { isOperationAction, operationStatus, type JobCommandAction, type OperationAction } from './operations';
import { accepted, notFound } from './route-helpers';

// The job routes' shared steps: a job of the vault by its name, as the Job resource,
// and an operator's command on it answered as a long-running operation.

export type JobParams = ArmParams & { jobName: string };

/** The job the path names, or the 404 to answer. */
export async function pathJob(context: ArmContext<JobParams>): Promise<JobDetail | NextResponse> {
  const id = jobIdSchema.safeParse(context.params.jobName);
  const detail = id.success ? await getJobDetail(context.grant.vault.id, id.data) : null;
  return detail ?? notFound('replicationJobs', context.params.jobName);
}

export function armJobResponse(detail: JobDetail, context: ArmContext<ArmParams>): NextResponse {
  return armJson(toArmJob(jobSourceOfDetail(detail), context.ids, detail));
}

export const JOB_COMMAND_OPERATIONS: Record<JobCommandAction, Operation> = {
  cancel: 'job.cancel',
  restart: 'job.restart',
  resume: 'job.resume',
};

/** Runs a command of the job blade and answers 202, following the job. */
export async function jobCommand(
  context: ArmContext<JobParams>,
  action: JobCommandAction,
  command: (vaultId: string, jobId: string) => Promise<JobActionResult>,
): Promise<ActionResult<Response>> {
  const id = jobIdSchema.safeParse(context.params.jobName);
  if (!id.success) return failure('not-found', 'The job does not exist in this vault.');
  const result = await command(context.grant.vault.id, id.data);
  return result.ok ? { ok: true, data: accepted(context, id.data, action) } : failure(result.error.kind, result.error.message);
}

/** The operation the path names: its job and action, or the 404 to answer. */
export async function pathOperation(context: ArmContext<JobParams & { action: string }>): Promise<{ job: JobDetail; action: OperationAction } | NextResponse> {
  const { action } = context.params;
  if (!isOperationAction(action)) return notFound('operations', action);
  const job = await pathJob(context);
  return job instanceof NextResponse ? job : { job, action };
}

export function statusOf(job: JobDetail, action: OperationAction, id: string) {
  const latest = job.errors[0];
  return operationStatus(
    { id: job.id, state: job.state, startTime: job.startTime, endTime: job.endTime, error: latest ? { errorCode: latest.errorCode, errorMessage: latest.errorMessage } : null },
    action,
    id,
  );
}
