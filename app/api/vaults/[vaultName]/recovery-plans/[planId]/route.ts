// GET /api/vaults/:vaultName/recovery-plans/:planId – a plan's groups, machine states and latest reprotect (polled while it runs).
import { NextResponse } from 'next/server';
import { getRecoveryPlanDetail } from '@/lib/data/recovery-plans';
import { getVaultByName } from '@/lib/data/vaults';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ vaultName: string; planId: string }>;
}

export async function GET(_request: Request, { params }: RouteContext) {
  const { vaultName, planId } = await params;
  const vault = await getVaultByName(vaultName);
  if (!vault) return NextResponse.json({ error: `Vault '${vaultName}' was not found` }, { status: 404 });
  const plan = await getRecoveryPlanDetail(vault.id, planId);
  if (!plan) return NextResponse.json({ error: `Recovery plan '${planId}' was not found` }, { status: 404 });
  return NextResponse.json(plan, { headers: { 'Cache-Control': 'no-store' } });
}
