// GET /api/vaults/:vaultName/replicated-items – one page of the vault's replicated items (filters in the query string).
import { NextResponse, type NextRequest } from 'next/server';
import { readVaultQuery } from '@/lib/http/vault-query';
import { listReplicatedItems } from '@/lib/data/replicated-items';
import { parseReplicatedItemsQuery } from '@/lib/schemas/replicated-items';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ vaultName: string }>;
}

export async function GET(request: NextRequest, { params }: RouteContext) {
  const read = await readVaultQuery(request, params, parseReplicatedItemsQuery);
  if ('response' in read) return read.response;
  const { vault, query } = read;
  const page = await listReplicatedItems(vault.id, query);
  return NextResponse.json(page, { headers: { 'Cache-Control': 'no-store' } });
}
