// GET/PATCH/DELETE /api/vaults/:vaultName/policies/:policyId – one policy; a failback policy answers 409 to any change.
import { NextResponse } from 'next/server';
import { deletePolicy, getPolicy, updatePolicy } from '@/lib/data/policies';
import { getVaultByName } from '@/lib/data/vaults';
import { HTTP_STATUS, type ActionResult } from '@/lib/schemas/action-result';

export const dynamic = 'force-dynamic';

interface RouteContext {
  params: Promise<{ vaultName: string; policyId: string }>;
}

const noStore = { 'Cache-Control': 'no-store' };

function answer<T>(result: ActionResult<T>) {
  if (result.ok) return NextResponse.json(result.data, { headers: noStore });
  const { kind, message, fieldErrors } = result.error;
  return NextResponse.json({ error: message, kind, fieldErrors }, { status: HTTP_STATUS[kind], headers: noStore });
}

async function vaultOf(params: RouteContext['params']) {
  const { vaultName, policyId } = await params;
  const vault = await getVaultByName(vaultName);
  return { vault, vaultName, policyId };
}

const vaultMissing = (vaultName: string) => NextResponse.json({ error: `Vault '${vaultName}' was not found` }, { status: 404 });

export async function GET(_request: Request, { params }: RouteContext) {
  const { vault, vaultName, policyId } = await vaultOf(params);
  if (!vault) return vaultMissing(vaultName);
  const policy = await getPolicy(vault.id, policyId);
  if (!policy) return NextResponse.json({ error: 'The policy does not exist in this vault.' }, { status: 404 });
  return NextResponse.json(policy, { headers: noStore });
}

export async function PATCH(request: Request, { params }: RouteContext) {
  const { vault, vaultName, policyId } = await vaultOf(params);
  if (!vault) return vaultMissing(vaultName);
  // The body is read as-is: a failback policy is refused before its content matters.
  const body: unknown = await request.json().catch(() => undefined);
  return answer(await updatePolicy(vault.id, policyId, body ?? null));
}

export async function DELETE(_request: Request, { params }: RouteContext) {
  const { vault, vaultName, policyId } = await vaultOf(params);
  if (!vault) return vaultMissing(vaultName);
  return answer(await deletePolicy(vault.id, policyId));
}
