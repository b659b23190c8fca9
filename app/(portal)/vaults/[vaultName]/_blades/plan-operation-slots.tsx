import { loadPlanCommitBlade, loadPlanFailoverBlade } from '@/lib/data/recovery-plan-failover';
import { loadPlanReprotectToAzureBlade } from '@/lib/data/recovery-plan-reprotect-to-azure';
import { LazyPlanCommitBlade, LazyPlanFailoverBlade, LazyPlanReprotectToAzureBlade } from '@/components/operations/lazy-blades';

// Server side of a recovery plan's failover, commit and reprotect-to-Azure blades: the
// machines' facts as they are now, judged again in the browser. The page itself answers
// 404 for an unknown plan; one deleted since has no blade.

interface PlanSlotProps {
  vaultId: string;
  vaultName: string;
  planId: string;
  closeHref: string;
}

export async function PlanFailoverBladeSlot({ vaultId, vaultName, planId, closeHref }: PlanSlotProps) {
  const data = await loadPlanFailoverBlade(vaultId, planId);
  return data ? <LazyPlanFailoverBlade key={planId} data={data} vaultName={vaultName} closeHref={closeHref} /> : null;
}

export async function PlanCommitBladeSlot({ vaultId, vaultName, planId, closeHref }: PlanSlotProps) {
  const data = await loadPlanCommitBlade(vaultId, planId);
  return data ? <LazyPlanCommitBlade key={planId} data={data} vaultName={vaultName} closeHref={closeHref} /> : null;
}

export async function PlanReprotectToAzureBladeSlot({ vaultId, vaultName, planId, closeHref }: PlanSlotProps) {
  const data = await loadPlanReprotectToAzureBlade(vaultId, planId);
  return data ? <LazyPlanReprotectToAzureBlade key={planId} data={data} vaultName={vaultName} closeHref={closeHref} /> : null;
}
