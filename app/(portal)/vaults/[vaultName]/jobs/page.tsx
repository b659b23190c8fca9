import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { vaultPath } from '@/components/shell/vault-sections';
import { JobsView } from '@/components/jobs/jobs-view';
import { vaultForPage } from '@/lib/access/page-access';
import { listJobs, listPlanFilterChoices } from '@/lib/data/jobs';
import { getJobDetail } from '@/lib/data/jobs-detail';
import { jobIdSchema, parseJobsQuery, type RawSearchParams } from '@/lib/schemas/jobs';
import { JOB_BLADE_PARAM, jobsHref } from '@/lib/schemas/jobs-params';

export const metadata: Metadata = { title: 'Jobs' };

interface JobsPageProps {
  params: Promise<{ vaultName: string }>;
  searchParams: Promise<RawSearchParams>;
}

function single(value: RawSearchParams[string]): string | undefined {
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

export default async function JobsPage({ params, searchParams }: JobsPageProps) {
  const { vaultName } = await params;
  const raw = await searchParams;
  const vault = await vaultForPage(vaultName);
  const listPath = vaultPath(vault.name, 'jobs');
  const jobId = jobIdSchema.safeParse(single(raw[JOB_BLADE_PARAM]));
  const openJobId = jobId.success ? jobId.data : undefined;

  const parsed = parseJobsQuery(raw);
  if (!parsed.success) {
    // A hand-edited or outdated link: drop the parameters that do not parse and show the rest.
    const invalid = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    const fallback = parseJobsQuery(Object.fromEntries(Object.entries(raw).filter(([name]) => !invalid.has(name))));
    redirect(jobsHref(listPath, fallback.success ? fallback.data : {}, openJobId));
  }

  const [page, plans, job] = await Promise.all([
    listJobs(vault.id, parsed.data),
    listPlanFilterChoices(vault.id),
    openJobId ? getJobDetail(vault.id, openJobId) : null,
  ]);
  if (page.page !== parsed.data.page) redirect(jobsHref(listPath, { ...parsed.data, page: page.page }, openJobId));

  return <JobsView vaultName={vault.name} initialQuery={parsed.data} initialPage={page} plans={plans} initialJob={job} />;
}
