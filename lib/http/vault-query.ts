import { NextResponse, type NextRequest } from 'next/server';

interface QueryIssue {
  path: readonly PropertyKey[];
  message: string;
}
type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: QueryIssue[] } };

/** What the vault routes answer: read fresh on every poll, never from a cache. */
export function freshJson(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** "Invalid query parameter 'item': Expected the id of a replicated item (a UUID)." — each parameter named once. */
export function invalidQueryMessage(issues: readonly QueryIssue[]): string {
  const byParameter = new Map<string, string>();
  for (const issue of issues) {
    const name = String(issue.path[0] ?? 'query');
    if (!byParameter.has(name)) byParameter.set(name, issue.message);
  }
  const parts = [...byParameter].map(([name, message]) => `'${name}': ${message}`);
  return `Invalid query parameter${parts.length === 1 ? '' : 's'} ${parts.join('; ')}${parts.at(-1)?.endsWith('.') ? '' : '.'}`;
}

/** The query string parsed by a list's own schema, or the 400 to answer, naming each bad parameter. */
export function parseQuery<T>(request: NextRequest, parse: (search: URLSearchParams) => Parsed<T>): { query: T } | { response: NextResponse } {
  const parsed = parse(request.nextUrl.searchParams);
  if (!parsed.success) return { response: freshJson({ error: invalidQueryMessage(parsed.error.issues), issues: parsed.error.issues }, 400) };
  return { query: parsed.data };
}
