import { NextResponse, type NextRequest } from 'next/server';
import { getVaultByName } from '../data/vaults';

interface QueryIssue {
  path: readonly PropertyKey[];
  message: string;
}
type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: QueryIssue[] } };
type Vault = NonNullable<Awaited<ReturnType<typeof getVaultByName>>>;

/** The context Next hands a route under /api/vaults/:vaultName, with any further parameters. */
export interface VaultRouteContext<Extra extends Record<string, string> = Record<never, string>> {
  params: Promise<{ vaultName: string } & Extra>;
}

/** What the vault routes answer: read fresh on every poll, never from a cache. */
export function freshJson(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** The vault a route's URL names, with the URL's other parameters; or the 404 to answer. */
export async function readVault<P extends { vaultName: string }>(
  params: Promise<P>,
): Promise<{ response: NextResponse } | { vault: Vault; params: P }> {
  const values = await params;
  const vault = await getVaultByName(values.vaultName);
  if (!vault) return { response: freshJson({ error: `Vault '${values.vaultName}' was not found` }, 404) };
  return { vault, params: values };
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

/**
 * The start of every vault list route: the query string parsed by the list's own
 * schema (400 with the issues) and the vault found by name (404). Either the
 * response to send, or the vault and the query.
 */
export async function readVaultQuery<T>(
  request: NextRequest,
  params: Promise<{ vaultName: string }>,
  parse: (search: URLSearchParams) => Parsed<T>,
): Promise<{ response: NextResponse } | { vault: Vault; query: T }> {
  const parsed = parse(request.nextUrl.searchParams);
  if (!parsed.success) return { response: freshJson({ error: invalidQueryMessage(parsed.error.issues), issues: parsed.error.issues }, 400) };
  const read = await readVault(params);
  if ('response' in read) return read;
  return { vault: read.vault, query: parsed.data };
}
