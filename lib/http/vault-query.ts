import { NextResponse, type NextRequest } from 'next/server';

type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: unknown[] } };

/** What the vault routes answer: read fresh on every poll, never from a cache. */
export function freshJson(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** The query string parsed by a list's own schema, or the 400 to answer with its issues. */
export function parseQuery<T>(request: NextRequest, parse: (search: URLSearchParams) => Parsed<T>): { query: T } | { response: NextResponse } {
  const parsed = parse(request.nextUrl.searchParams);
  if (!parsed.success) return { response: freshJson({ error: 'Invalid query', issues: parsed.error.issues }, 400) };
  return { query: parsed.data };
}
