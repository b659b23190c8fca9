import { armWriteRoute } from '@/lib/arm/arm-route';
import { JOB_COMMAND_OPERATIONS, jobCommand, type JobParams } from '@/lib/arm/job-handlers';
import { restartFailedJob } from '@/lib/jobs/commands';


/** replicationJobs.beginRestart: a failed job's next attempt, resuming at the task that failed. */
export const POST = armWriteRoute<JobParams>(
  {
    permission: 'jobs.manage',
    operation: JOB_COMMAND_OPERATIONS.restart,
    target: (params) => ({ type: 'job', id: String(params.jobName).slice(0, 64), name: String(params.jobName).slice(0, 64) }),
  },
  (_body, context) => jobCommand(context, 'restart', restartFailedJob),
);
