import { NextResponse, type NextRequest } from 'next/server';
import { getVaultByName } from '../data/vaults';

type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: unknown[] } };
type Vault = NonNullable<Awaited<ReturnType<typeof getVaultByName>>>;

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
  if (!parsed.success) {
    return { response: NextResponse.json({ error: 'Invalid query', issues: parsed.error.issues }, { status: 400 }) };
  }
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) return { response: NextResponse.json({ error: `Vault '${vaultName}' was not found` }, { status: 404 }) };
  return { vault, query: parsed.data };
}
