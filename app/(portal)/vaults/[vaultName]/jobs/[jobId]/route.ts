// GET /vaults/:vaultName/jobs/:jobId – a job's own link (the Re-Protect blade's "Track its
// progress in Jobs"): the Jobs view with that job's blade open over it, as the portal shows
// a job. A plain redirect, answered before anything renders.
import { vaultPath } from '@/components/shell/vault-sections';
import { inputProblem } from '@/lib/http/request-input';
import { paramsProblem } from '@/lib/http/url-input';
import { jobsHref } from '@/lib/schemas/jobs-params';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ vaultName: string; jobId: string }> }) {
  // A route handler gets its segments decoded (a page gets them still escaped): the
  // helpers that build every link of the portal escape each part once.
  const segments = await params;
  // Text no URL can carry (a lone surrogate) has no escaped form to redirect to.
  const problem = paramsProblem(segments);
  if (problem) return inputProblem(400, problem.message, problem.field);
  const { vaultName, jobId } = segments;
  return new Response(null, { status: 307, headers: { Location: jobsHref(vaultPath(vaultName, 'jobs'), {}, jobId), 'Cache-Control': 'no-store' } });
}
