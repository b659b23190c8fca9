import { describe, expect, it } from 'vitest';
import { parseReplicatedItemsQuery } from './replicated-items';
import { replicatedItemsHref, replicatedItemsSearchParams } from './replicated-items-params';

function parsed(raw: Parameters<typeof parseReplicatedItemsQuery>[0]) {
  const result = parseReplicatedItemsQuery(raw);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

describe('parseReplicatedItemsQuery', () => {
  it('fills in the defaults', () => {
    expect(parsed({})).toEqual({ sort: 'name', dir: 'asc', page: 1 });
  });

  it('reads filters, sort and page, trimming the search text', () => {
    expect(parsed({ q: '  web ', state: 'UnplannedFailoverCommitted', os: 'Linux', sort: 'rpo', dir: 'desc', page: '3' })).toEqual({
      q: 'web',
      state: 'UnplannedFailoverCommitted',
      os: 'Linux',
      sort: 'rpo',
      dir: 'desc',
      page: 3,
    });
  });

  it('treats empty values as not set and takes the first of repeated keys', () => {
    expect(parsed({ q: '', state: '', os: ['Windows', 'Linux'] })).toEqual({ os: 'Windows', sort: 'name', dir: 'asc', page: 1 });
    expect(parsed(new URLSearchParams('q=a&q=b&blade=reprotect'))).toEqual({ q: 'a', sort: 'name', dir: 'asc', page: 1 });
  });

  it('clamps the page into range', () => {
    expect(parsed({ page: '0' }).page).toBe(1);
    expect(parsed({ page: '-7' }).page).toBe(1);
    expect(parsed({ page: '99999999' }).page).toBe(10_000);
  });

  it('rejects unknown values with an issue per parameter', () => {
    const result = parseReplicatedItemsQuery({ state: 'Committed', os: 'Mac', sort: 'size', dir: 'up', page: 'two' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['dir', 'os', 'page', 'sort', 'state']);
  });

  it('rejects an overlong search text', () => {
    expect(parseReplicatedItemsQuery({ q: 'x'.repeat(101) }).success).toBe(false);
  });
});

describe('replicatedItemsSearchParams', () => {
  it('leaves defaults out of the URL', () => {
    expect(replicatedItemsSearchParams({ sort: 'name', dir: 'asc', page: 1 }).toString()).toBe('');
    expect(replicatedItemsHref('/v/x/replicated-items', { sort: 'name', dir: 'asc', page: 1 })).toBe('/v/x/replicated-items');
  });

  it('round-trips through the parser', () => {
    const query = { q: 'sql db', state: 'Protected', os: 'Windows', sort: 'failoverTime', dir: 'desc', page: 4 } as const;
    expect(parsed(replicatedItemsSearchParams(query))).toEqual(query);
  });
});
