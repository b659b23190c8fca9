// GET /api/vaults/:vaultName/replicated-items – one page of the vault's replicated items (filters in the query string).
import type { NextRequest } from 'next/server';
import { freshJson, readVaultQuery, type VaultRouteContext } from '@/lib/http/vault-query';
import { listReplicatedItems } from '@/lib/data/replicated-items';
import { parseReplicatedItemsQuery } from '@/lib/schemas/replicated-items';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: VaultRouteContext) {
  const read = await readVaultQuery(request, params, parseReplicatedItemsQuery);
  if ('response' in read) return read.response;
  const { vault, query } = read;
  const page = await listReplicatedItems(vault.id, query);
  return freshJson(page);
}
