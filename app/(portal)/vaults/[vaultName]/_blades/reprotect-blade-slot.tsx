import { ReprotectToAzureBladeSlot } from './item-operation-slots';
import { loadVaultItemReprotectFacts } from '@/lib/data/reprotect-facts';
import { LazyBladeNotFound } from '@/components/operations/lazy-blades';
import { LazyReprotectBlade } from '@/components/reprotect/lazy-reprotect-blade';

interface ReprotectBladeSlotProps {
  vaultId: string;
  vaultName: string;
  itemId: string;
  closeHref: string;
}

/** Server side of the blade: the facts as they are now, evaluated again in the browser. */
export async function ReprotectBladeSlot({ vaultId, vaultName, itemId, closeHref }: ReprotectBladeSlotProps) {
  const facts = await loadVaultItemReprotectFacts(vaultId, itemId);
  if (!facts) return <LazyBladeNotFound title="Re-Protect" closeHref={closeHref} />;
  // A VM that runs on-premises again (after failback) is reprotected to Azure, in its own blade.
  if (facts.item.activeLocation === 'Primary') return <ReprotectToAzureBladeSlot vaultId={vaultId} vaultName={vaultName} itemId={itemId} closeHref={closeHref} />;
  return <LazyReprotectBlade key={itemId} facts={facts} vaultName={vaultName} closeHref={closeHref} />;
}

/** The search parameters that open an item's blade (Re-Protect, Failover, Commit). */
const BLADE_PARAMS = new Set(['reprotect', 'failover', 'commit']);

/** The current URL's search params without the blades' own. */
export function withoutBlade(path: string, searchParams: Record<string, string | string[] | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (BLADE_PARAMS.has(key) || value === undefined || value === null) continue;
    for (const entry of Array.isArray(value) ? value : [value]) params.append(key, entry);
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
