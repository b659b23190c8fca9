// GET /api/vaults/:vaultName/replicated-items/:itemId – one item with its recovery points and jobs.
import { NextResponse } from 'next/server';
import { getReplicatedItemDetail } from '@/lib/data/replicated-item-detail';
import { getVaultByName } from '@/lib/data/vaults';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, context: { params: Promise<{ vaultName: string; itemId: string }> }) {
  const { vaultName, itemId } = await context.params;
  const vault = await getVaultByName(vaultName);
  const item = vault ? await getReplicatedItemDetail(vault.id, itemId) : null;
  if (!item) return NextResponse.json({ message: 'No such replicated item in this vault.' }, { status: 404 });
  return NextResponse.json(item);
}
