'use server';

import { vaultAction } from '../access/vault-action';
import { cancelJob, restartFailedJob } from '../jobs/commands';
import type { JobActionResult } from '../jobs/actions';
import { failure, type ActionResult } from '../schemas/action-result';
import { jobIdSchema } from '../schemas/jobs';

// Cancel and Restart in the job blade. A refusal (the job finished meanwhile, a cancel
// already requested) comes back as a message the blade shows.

async function run(vaultId: string, jobId: unknown, action: (vaultId: string, jobId: string) => Promise<JobActionResult>): Promise<ActionResult<null>> {
  const parsed = jobIdSchema.safeParse(jobId);
  if (!parsed.success) return failure('invalid', 'This is not a job id.');
  const result = await action(vaultId, parsed.data);
  return result.ok ? { ok: true, data: null } : failure(result.error.kind, result.error.message);
}

export const cancelJobAction = vaultAction(
  { permission: 'jobs.manage', operation: 'job.cancel', target: { type: 'job' } },
  ({ vault }, jobId: string) => run(vault.id, jobId, cancelJob),
);

export const restartJobAction = vaultAction(
  { permission: 'jobs.manage', operation: 'job.restart', target: { type: 'job' } },
  ({ vault }, jobId: string) => run(vault.id, jobId, restartFailedJob),
);
