import { redirect } from 'next/navigation';
import { vaultPath } from '@/components/shell/vault-sections';
import { jobsHref } from '@/lib/schemas/jobs-params';

interface JobPageProps {
  params: Promise<{ vaultName: string; jobId: string }>;
}

/**
 * A job's own link (the Re-Protect blade's "Track its progress in Jobs"): the Jobs
 * view with that job's blade open over it, as the portal shows a job.
 */
export default async function JobPage({ params }: JobPageProps) {
  const { vaultName, jobId } = await params;
  redirect(jobsHref(vaultPath(vaultName, 'jobs'), {}, jobId));
}
