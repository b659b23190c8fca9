'use server';

import { revalidatePath } from 'next/cache';
import { cancelJob, restartFailedJob } from '../data/jobs-commands';
import type { JobActionResult } from '../jobs/actions';
import { failure, type ActionResult } from '../schemas/action-result';
import { jobIdSchema } from '../schemas/jobs';

// Cancel and Restart in the job blade. A refusal (the job finished meanwhile, a cancel
// already requested) comes back as a message the blade shows.

async function run(jobId: unknown, action: (jobId: string) => Promise<JobActionResult>): Promise<ActionResult<null>> {
  const parsed = jobIdSchema.safeParse(jobId);
  if (!parsed.success) return failure('invalid', 'This is not a job id.');
  try {
    const result = await action(parsed.data);
    if (!result.ok) return failure(result.error.kind, result.error.message);
  } catch (error) {
    console.error(`[jobs] action on job ${parsed.data} failed`, error);
    return failure('unexpected', 'The request could not be completed. Try again in a moment.');
  }
  // The item's status and the overview's counts change with the job.
  revalidatePath('/vaults', 'layout');
  return { ok: true, data: null };
}

export async function cancelJobAction(jobId: string): Promise<ActionResult<null>> {
  return run(jobId, cancelJob);
}

export async function restartJobAction(jobId: string): Promise<ActionResult<null>> {
  return run(jobId, restartFailedJob);
}
