import { isResourceId } from '../schemas/resource-id';

// Paging of the automation API's lists as ARM pages: a page of `value` and, when more
// follow, a nextLink that repeats the request with an opaque $skipToken. A list ordered by
// time hands out a keyset token (the last row's time and id), so that the fiftieth page costs
// what the first does; other lists hand out an offset.

export const ARM_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;
const MAX_OFFSET = 10_000_000;
const KEYSET_PREFIX = 'k';

/** Where the next page starts: after this row in newest-first order. */
export interface PageCursor {
  at: Date;
  id: string;
}

export type PageRequest = { ok: true; skip: number; take: number; after: PageCursor | null } | { ok: false; parameter: string; message: string };

const NOT_OURS = { ok: false, parameter: '$skipToken', message: 'The $skipToken is not one this service handed out; follow nextLink as given.' } as const;

/** The keyset $skipToken that continues after `cursor`. */
export function cursorToken(cursor: PageCursor): string {
  return KEYSET_PREFIX + Buffer.from(`${cursor.at.getTime()}.${cursor.id}`).toString('base64url');
}

function readCursor(token: string): PageCursor | null {
  if (!token.startsWith(KEYSET_PREFIX) || token.length > 128) return null;
  const [time, id, ...rest] = Buffer.from(token.slice(KEYSET_PREFIX.length), 'base64url').toString('utf8').split('.');
  if (rest.length > 0 || !time || !/^\d{1,15}$/.test(time) || !isResourceId(id)) return null;
  const cursor = { at: new Date(Number(time)), id };
  // Only the very token handed out: base64 decoding alone would forgive stray characters.
  return cursorToken(cursor) === token ? cursor : null;
}

export function readPage(search: URLSearchParams): PageRequest {
  const token = search.get('$skipToken') ?? search.get('$skiptoken') ?? search.get('skipToken');
  const top = search.get('$top');
  let skip = 0;
  let after: PageCursor | null = null;
  let take = ARM_PAGE_SIZE;
  if (token !== null) {
    if (/^\d{1,8}$/.test(token) && Number(token) <= MAX_OFFSET) skip = Number(token);
    else if ((after = readCursor(token)) === null) return NOT_OURS;
  }
  if (top !== null) {
    if (!/^\d{1,4}$/.test(top) || Number(top) < 1 || Number(top) > MAX_PAGE_SIZE) return { ok: false, parameter: '$top', message: `$top must be a whole number from 1 to ${MAX_PAGE_SIZE}.` };
    take = Number(top);
  }
  return { ok: true, skip, take, after };
}

/** The request's own URL with $skipToken moved on to the next page. */
export function nextLink(requestUrl: string, token: string): string {
  const url = new URL(requestUrl);
  url.searchParams.delete('$skiptoken');
  url.searchParams.delete('skipToken');
  url.searchParams.set('$skipToken', token);
  return url.toString();
}

/** A page as ARM answers it; `nextToken` continues a keyset list, else the next page's offset does. */
export function pageOf<T>(value: T[], more: boolean, requestUrl: string, page: { skip: number; take: number }, nextToken?: string): { value: T[]; nextLink?: string } {
  return more ? { value, nextLink: nextLink(requestUrl, nextToken ?? String(page.skip + page.take)) } : { value };
}
