// GET /api/vaults/:vaultName/recovery-plans – the vault's recovery plans with their last job (polled while one runs).
import { NextResponse } from 'next/server';
import { listRecoveryPlans } from '@/lib/data/recovery-plans';
import { getVaultByName } from '@/lib/data/vaults';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ vaultName: string }>;
}

export async function GET(_request: Request, { params }: RouteContext) {
  const { vaultName } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) return NextResponse.json({ error: `Vault '${vaultName}' was not found` }, { status: 404 });
  return NextResponse.json(await listRecoveryPlans(vault.id), { headers: { 'Cache-Control': 'no-store' } });
}
