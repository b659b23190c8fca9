import { NextResponse } from 'next/server';
import { armRoute } from '@/lib/arm/arm-route';
import { armJobResponse, pathJob, type JobParams } from '@/lib/arm/job-handlers';

/** replicationJobs.get: the current attempt's tasks and errors (ASR codes, possible causes, recommended actions). */
export const GET = armRoute<JobParams>('vault.read', async (_request, context) => {
  const job = await pathJob(context);
  return job instanceof NextResponse ? job : armJobResponse(job, context);
});
