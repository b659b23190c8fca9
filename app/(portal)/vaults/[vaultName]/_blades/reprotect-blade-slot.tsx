import { loadVaultItemReprotectFacts } from '@/lib/data/reprotect-facts';
import { LazyReprotectBlade, LazyReprotectBladeNotFound } from '@/components/reprotect/lazy-reprotect-blade';

interface ReprotectBladeSlotProps {
  vaultId: string;
  vaultName: string;
  itemId: string;
  closeHref: string;
}

/** Server side of the blade: the facts as they are now, evaluated again in the browser. */
export async function ReprotectBladeSlot({ vaultId, vaultName, itemId, closeHref }: ReprotectBladeSlotProps) {
  const facts = await loadVaultItemReprotectFacts(vaultId, itemId);
  if (!facts) return <LazyReprotectBladeNotFound closeHref={closeHref} />;
  return <LazyReprotectBlade key={itemId} facts={facts} vaultName={vaultName} closeHref={closeHref} />;
}

/** The current URL's search params without the blade's own. */
export function withoutBlade(path: string, searchParams: Record<string, string | string[] | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (key === 'reprotect' || value === undefined || value === null) continue;
    for (const entry of Array.isArray(value) ? value : [value]) params.append(key, entry);
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
