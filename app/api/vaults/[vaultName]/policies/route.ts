// GET /api/vaults/:vaultName/policies – the vault's forward and failback replication policies.
import { NextResponse } from 'next/server';
import { listPolicies } from '@/lib/data/policies';
import { getVaultByName } from '@/lib/data/vaults';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ vaultName: string }>;
}

export async function GET(_request: Request, { params }: RouteContext) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) return NextResponse.json({ error: `Vault '${vaultName}' was not found` }, { status: 404 });
  return NextResponse.json({ policies: await listPolicies(vault.id) }, { headers: { 'Cache-Control': 'no-store' } });
}
