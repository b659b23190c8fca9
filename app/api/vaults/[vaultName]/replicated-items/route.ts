// GET /api/vaults/:vaultName/replicated-items – one page of the vault's replicated items (filters in the query string).
import { NextResponse, type NextRequest } from 'next/server';
import { listReplicatedItems } from '@/lib/data/replicated-items';
import { getVaultByName } from '@/lib/data/vaults';
import { parseReplicatedItemsQuery } from '@/lib/schemas/replicated-items';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ vaultName: string }>;
}

export async function GET(request: NextRequest, { params }: RouteContext) {
  const parsed = parseReplicatedItemsQuery(request.nextUrl.searchParams);
  if (!parsed.success) {
    return NextResponse.json({ error: 'Invalid query', issues: parsed.error.issues }, { status: 400 });
  }
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) {
    return NextResponse.json({ error: `Vault '${vaultName}' was not found` }, { status: 404 });
  }
  const page = await listReplicatedItems(vault.id, parsed.data);
  return NextResponse.json(page, { headers: { 'Cache-Control': 'no-store' } });
}
