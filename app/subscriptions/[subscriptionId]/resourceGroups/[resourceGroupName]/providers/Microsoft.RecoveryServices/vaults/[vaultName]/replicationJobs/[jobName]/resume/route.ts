import { armWriteRoute } from '@/lib/arm/arm-route';
import { JOB_COMMAND_OPERATIONS, jobCommand, type JobParams } from '@/lib/arm/job-handlers';
import { resumeSuspendedJob } from '@/lib/jobs/commands';
import { invalidInput } from '@/lib/schemas/action-result';
import { resumeJobParamsSchema } from '@/lib/schemas/arm-requests';

/** replicationJobs.beginResume: a job waiting for input goes on. */
export const POST = armWriteRoute<JobParams>(
  {
    permission: 'jobs.manage',
    operation: JOB_COMMAND_OPERATIONS.resume,
    target: (params) => ({ type: 'job', id: String(params.jobName).slice(0, 64), name: String(params.jobName).slice(0, 64) }),
  },
  async (body, context) => {
    const parsed = resumeJobParamsSchema.safeParse(body);
    if (!parsed.success) return invalidInput(parsed.error);
    return jobCommand(context, 'resume', resumeSuspendedJob);
  },
);
