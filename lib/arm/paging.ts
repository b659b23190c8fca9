// Paging of the automation API's lists as ARM pages: a page of `value` and, when more
// follow, a nextLink that repeats the request with $skipToken (here an offset).

export const ARM_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;
const MAX_OFFSET = 10_000_000;

export type PageRequest = { ok: true; skip: number; take: number } | { ok: false; parameter: string; message: string };

export function readPage(search: URLSearchParams): PageRequest {
  const token = search.get('$skipToken') ?? search.get('$skiptoken') ?? search.get('skipToken');
  const top = search.get('$top');
  let skip = 0;
  let take = ARM_PAGE_SIZE;
  if (token !== null) {
    if (!/^\d{1,8}$/.test(token) || Number(token) > MAX_OFFSET) return { ok: false, parameter: '$skipToken', message: 'The $skipToken is not one this service handed out; follow nextLink as given.' };
    skip = Number(token);
  }
  if (top !== null) {
    if (!/^\d{1,4}$/.test(top) || Number(top) < 1 || Number(top) > MAX_PAGE_SIZE) return { ok: false, parameter: '$top', message: `$top must be a whole number from 1 to ${MAX_PAGE_SIZE}.` };
    take = Number(top);
  }
  return { ok: true, skip, take };
}

/** The request's own URL with $skipToken moved on to the next page. */
export function nextLink(requestUrl: string, nextSkip: number): string {
  const url = new URL(requestUrl);
  url.searchParams.delete('$skiptoken');
  url.searchParams.delete('skipToken');
  url.searchParams.set('$skipToken', String(nextSkip));
  return url.toString();
}

export function pageOf<T>(value: T[], more: boolean, requestUrl: string, page: { skip: number; take: number }): { value: T[]; nextLink?: string } {
  return more ? { value, nextLink: nextLink(requestUrl, page.skip + page.take) } : { value };
}
