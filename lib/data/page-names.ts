import 'server-only';
import { getDb } from './db';

// The names the vault's breadcrumb ends with on a page of one plan or one item.

export async function getRecoveryPlanName(vaultId: string, planId: string): Promise<string | null> {
  const plan = await getDb().recoveryPlan.findFirst({ where: { id: planId, vaultId }, select: { friendlyName: true } });
  return plan?.friendlyName ?? null;
}

export async function getReplicatedItemName(vaultId: string, itemId: string): Promise<string | null> {
  const item = await getDb().replicatedItem.findFirst({ where: { id: itemId, vaultId }, select: { friendlyName: true } });
  return item?.friendlyName ?? null;
}
