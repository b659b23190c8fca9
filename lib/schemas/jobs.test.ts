import { describe, expect, it } from 'vitest';
import { jobIdSchema, parseJobsApiQuery, parseJobsQuery } from './jobs';
import { DEFAULT_JOBS_QUERY, jobsHref, type JobsQuery } from './jobs-params';

function parsed(raw: Parameters<typeof parseJobsQuery>[0]) {
  const result = parseJobsQuery(raw);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

describe('parseJobsQuery', () => {
  it.each<[string, Parameters<typeof parseJobsQuery>[0], JobsQuery]>([
    ['defaults', {}, { range: 'all', page: 1 }],
    [
      'every filter, trimming the item text',
      { q: ' dc-02 ', status: 'Failed', type: 'ReverseReplication', plan: 'plan-1', range: '7d', page: '3' },
      { q: 'dc-02', status: 'Failed', type: 'ReverseReplication', plan: 'plan-1', range: '7d', page: 3 },
    ],
    ['empty values as not set', { q: '', status: '', type: '', range: '' }, { range: 'all', page: 1 }],
    ['the first of repeated keys; the blade is not part of the list', new URLSearchParams('status=InProgress&status=Failed&job=x'), { status: 'InProgress', range: 'all', page: 1 }],
    ['a page below range', { page: '-2' }, { range: 'all', page: 1 }],
    ['a page above range', { page: '99999999' }, { range: 'all', page: 10_000 }],
  ])('reads %s', (_, raw, expected) => {
    expect(parsed(raw)).toEqual(expected);
  });

  it('rejects unknown values with an issue per parameter', () => {
    const result = parseJobsQuery({ status: 'Done', type: 'Backup', plan: 'a plan', range: '2h', page: 'two', q: 'x'.repeat(101) });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(new Set(result.error.issues.map((issue) => issue.path[0]))).toEqual(new Set(['status', 'type', 'plan', 'range', 'page', 'q']));
  });
});

describe('jobsHref', () => {
  it.each<[Partial<JobsQuery>, string | undefined, string]>([
    [DEFAULT_JOBS_QUERY, undefined, '/v/jobs'],
    [{ status: 'Failed', range: '24h' }, undefined, '/v/jobs?status=Failed&range=24h'],
    [{ q: 'web 01', type: 'CommitFailover', page: 2 }, undefined, '/v/jobs?q=web+01&type=CommitFailover&page=2'],
    [{}, 'abc-1', '/v/jobs?job=abc-1'],
    [{ status: 'Failed' }, 'abc-1', '/v/jobs?status=Failed&job=abc-1'],
  ])('%j with job %s → %s', (query, jobId, href) => {
    expect(jobsHref('/v/jobs', query, jobId)).toBe(href);
  });

  it('round-trips through the parser', () => {
    const query: JobsQuery = { q: 'a&b', status: 'Cancelled', type: 'UnplannedFailover', plan: 'plan-7', range: '30d', page: 4 };
    expect(parsed(new URLSearchParams(jobsHref('/v/jobs', query).split('?')[1]))).toEqual(query);
  });
});

describe('jobIdSchema', () => {
  it.each([
    ['4b1a4a5b-630f-5b05-b8d5-9147a2de4f13', true],
    ['', false],
    ['../etc', false],
    ['x'.repeat(65), false],
  ])('%s → %s', (id, valid) => {
    expect(jobIdSchema.safeParse(id).success).toBe(valid);
  });
});

describe('parseJobsApiQuery', () => {
  it('takes an item id besides the view\'s filters', () => {
    const item = '4b1a4a5b-630f-5b05-b8d5-9147a2de4f13';
    expect(parseJobsApiQuery(new URLSearchParams(`item=${item}&status=Failed`))).toMatchObject({ success: true, data: { item, status: 'Failed', range: 'all', page: 1 } });
    expect(parseJobsApiQuery({ item: '' })).toMatchObject({ success: true, data: { range: 'all', page: 1 } });
  });

  it.each(['garbage', '4b1a4a5b-630f-5b05-b8d5-9147a2de4f1', '../4b1a4a5b-630f-5b05-b8d5-9147a2de4f13'])('refuses %s as an item, on the item parameter', (item) => {
    const result = parseJobsApiQuery({ item });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path[0])).toEqual(['item']);
  });
});
