import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlanCommitBladeSlot, PlanFailoverBladeSlot, PlanReprotectToAzureBladeSlot } from '../../_blades/plan-operation-slots';
import { PlanReprotectBladeSlot } from '../../_blades/plan-reprotect-blade-slot';
import { planHref } from '@/components/recovery-plans/plan-links';
import { RecoveryPlanView } from '@/components/recovery-plans/recovery-plan-view';
import { getRecoveryPlanDetail } from '@/lib/data/recovery-plans';
import { vaultForPage } from '@/lib/access/page-access';

export const metadata: Metadata = { title: 'Recovery plan' };

interface RecoveryPlanPageProps {
  params: Promise<{ vaultName: string; planId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function RecoveryPlanPage({ params, searchParams }: RecoveryPlanPageProps) {
  const { vaultName, planId } = await params;
  const vault = await vaultForPage(vaultName);
  const plan = await getRecoveryPlanDetail(vault.id, planId);
  if (!plan) notFound();
  const { reprotect, failover, commit } = await searchParams;
  const slot = { vaultId: vault.id, vaultName: vault.name, planId: plan.id, closeHref: planHref(vault.name, plan.id) };
  return (
    <>
      <RecoveryPlanView key={plan.id} vaultName={vault.name} initialPlan={plan} />
      {/* After failback the plan's Re-Protect goes to Azure, in its own blade. */}
      {reprotect === '1' ? plan.reprotectDirection === 'PrimaryToRecovery' ? <PlanReprotectToAzureBladeSlot {...slot} /> : <PlanReprotectBladeSlot {...slot} /> : null}
      {failover === '1' ? <PlanFailoverBladeSlot {...slot} /> : null}
      {commit === '1' ? <PlanCommitBladeSlot {...slot} /> : null}
    </>
  );
}
