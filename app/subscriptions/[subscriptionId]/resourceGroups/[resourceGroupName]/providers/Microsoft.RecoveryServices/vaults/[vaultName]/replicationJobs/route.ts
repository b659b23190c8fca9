import { armJson, armRoute, type ArmParams } from '@/lib/arm/arm-route';
import { parseJobFilter, toArmJob } from '@/lib/arm/jobs';
import { cursorToken, pageOf, readPage } from '@/lib/arm/paging';
import { badParameter } from '@/lib/arm/route-helpers';
import { listJobRecords } from '@/lib/data/jobs';

/** replicationJobs.list: newest first, $filter on times, state, job name and affected object type; paged by keyset, so that a late page costs what the first does. */
export const GET = armRoute<ArmParams>('vault.read', async (request, { grant, ids }) => {
  const search = request.nextUrl.searchParams;
  const filter = parseJobFilter(search.get('$filter'));
  if (!filter.ok) return badParameter('$filter', filter.message);
  const page = readPage(search);
  if (!page.ok) return badParameter(page.parameter, page.message);
  const { jobs, more } = await listJobRecords(grant.vault.id, filter.filters, page);
  const last = jobs.at(-1);
  const nextToken = last ? cursorToken({ at: last.createdAt, id: last.id }) : undefined;
  return armJson(pageOf(jobs.map((job) => toArmJob(job, ids)), more, request.url, page, nextToken));
});
