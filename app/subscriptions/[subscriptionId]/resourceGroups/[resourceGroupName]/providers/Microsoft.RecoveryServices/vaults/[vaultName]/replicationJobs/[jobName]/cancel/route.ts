import { armWriteRoute } from '@/lib/arm/arm-route';
import { JOB_COMMAND_OPERATIONS, jobCommand, type JobParams } from '@/lib/arm/job-handlers';
import { cancelJob } from '@/lib/jobs/commands';


/** replicationJobs.beginCancel: a running job stops at its next step; a queued one at once. */
export const POST = armWriteRoute<JobParams>(
  {
    permission: 'jobs.manage',
    operation: JOB_COMMAND_OPERATIONS.cancel,
    target: (params) => ({ type: 'job', id: String(params.jobName).slice(0, 64), name: String(params.jobName).slice(0, 64) }),
  },
  (_body, context) => jobCommand(context, 'cancel', cancelJob),
);
