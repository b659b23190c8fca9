import { loadPlanReprotectBlade } from '@/lib/data/recovery-plan-reprotect';
import { LazyPlanReprotectBlade } from '@/components/recovery-plans/plan-reprotect-blade-lazy';

interface PlanReprotectBladeSlotProps {
  vaultId: string;
  vaultName: string;
  planId: string;
  closeHref: string;
}

/** Server side of the plan's blade: the machines' facts as they are now, judged again in the browser. */
export async function PlanReprotectBladeSlot({ vaultId, vaultName, planId, closeHref }: PlanReprotectBladeSlotProps) {
  const data = await loadPlanReprotectBlade(vaultId, planId);
  // The page itself answers 404 for an unknown plan; one deleted since has no blade.
  if (!data) return null;
  return <LazyPlanReprotectBlade key={planId} data={data} vaultName={vaultName} closeHref={closeHref} />;
}
