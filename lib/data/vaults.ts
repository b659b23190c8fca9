import { cache } from 'react';
import type { VaultSummary } from '@/lib/schemas/vault';
import { getDb } from './db';

const vaultSummarySelect = {
  id: true,
  name: true,
  subscriptionId: true,
  resourceGroup: true,
  location: true,
  s2sVpn: true,
  expressRoute: true,
  expressRoutePeering: true,
} as const;

/** Memoized per request: the vault layout and its page both ask for the same vault. */
export const getVaultByName = cache(async (name: string): Promise<VaultSummary | null> => {
  return getDb().vault.findUnique({ where: { name }, select: vaultSummarySelect });
});

/** The vault the portal opens on: the oldest one, so the choice is stable. */
export async function getDefaultVaultName(): Promise<string | null> {
  const vault = await getDb().vault.findFirst({
    select: { name: true },
    orderBy: [{ createdAt: 'asc' }, { name: 'asc' }],
  });
  return vault?.name ?? null;
}
