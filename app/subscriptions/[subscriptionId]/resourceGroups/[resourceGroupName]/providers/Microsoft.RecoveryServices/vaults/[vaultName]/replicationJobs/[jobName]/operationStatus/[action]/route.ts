import { NextResponse } from 'next/server';
import { armJson, armRoute } from '@/lib/arm/arm-route';
import { pathOperation, statusOf, type JobParams } from '@/lib/arm/job-handlers';

/** Azure-AsyncOperation of a reprotect or job command: InProgress until its job ends, then Succeeded, Failed or Canceled with the error. */
export const GET = armRoute<JobParams & { action: string }>('vault.read', async (_request, context) => {
  const operation = await pathOperation(context);
  if (operation instanceof NextResponse) return operation;
  return armJson(statusOf(operation.job, operation.action, `${context.ids.job(operation.job.id)}/operationStatus/${operation.action}`));
});
