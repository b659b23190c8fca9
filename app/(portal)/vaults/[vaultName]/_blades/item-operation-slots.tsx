import { loadCommitFacts } from '@/lib/data/commit';
import { loadVaultFailoverFacts } from '@/lib/data/failover-facts';
import { loadReprotectToAzureFacts } from '@/lib/data/reprotect-to-azure';
import { LazyBladeNotFound, LazyCommitBlade, LazyFailoverBlade, LazyReprotectToAzureBlade } from '@/components/operations/lazy-blades';

// Server side of the cycle's blades: the facts as they are now, evaluated again in the browser.

interface SlotProps {
  vaultId: string;
  vaultName: string;
  itemId: string;
  closeHref: string;
}

export async function FailoverBladeSlot({ vaultId, vaultName, itemId, closeHref }: SlotProps) {
  const facts = await loadVaultFailoverFacts(vaultId, itemId);
  if (!facts) return <LazyBladeNotFound title="Failover" closeHref={closeHref} />;
  return <LazyFailoverBlade key={itemId} facts={facts} vaultName={vaultName} closeHref={closeHref} />;
}

export async function CommitBladeSlot({ vaultId, vaultName, itemId, closeHref }: SlotProps) {
  const facts = await loadCommitFacts(undefined, vaultId, itemId);
  if (!facts) return <LazyBladeNotFound title="Commit" closeHref={closeHref} />;
  return <LazyCommitBlade key={itemId} facts={facts} vaultName={vaultName} closeHref={closeHref} />;
}

export async function ReprotectToAzureBladeSlot({ vaultId, vaultName, itemId, closeHref }: SlotProps) {
  const facts = await loadReprotectToAzureFacts(undefined, vaultId, itemId);
  if (!facts) return <LazyBladeNotFound title="Re-Protect" closeHref={closeHref} />;
  return <LazyReprotectToAzureBlade key={itemId} facts={facts} vaultName={vaultName} closeHref={closeHref} />;
}

/** The item blades a page's URL opens: ?failover=<item> or ?commit=<item>. */
export function ItemOperationSlots({ vaultId, vaultName, params, closeHref, itemId }: Omit<SlotProps, 'itemId'> & { params: Record<string, unknown>; itemId?: string }) {
  const failover = typeof params.failover === 'string' && (!itemId || params.failover === itemId) ? params.failover : null;
  const commit = typeof params.commit === 'string' && (!itemId || params.commit === itemId) ? params.commit : null;
  return (
    <>
      {failover ? <FailoverBladeSlot vaultId={vaultId} vaultName={vaultName} itemId={failover} closeHref={closeHref} /> : null}
      {commit ? <CommitBladeSlot vaultId={vaultId} vaultName={vaultName} itemId={commit} closeHref={closeHref} /> : null}
    </>
  );
}
