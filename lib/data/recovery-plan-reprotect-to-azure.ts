import 'server-only';
import { REPROTECT_JOB_NAME, REPROTECT_SCENARIO } from '../domain/jobs/reprotect-steps';
import { reprotectToAzureTasks } from '../domain/jobs/reprotect-to-azure-steps';
import { evaluateReprotectToAzure } from '../domain/reprotect-to-azure/evaluate';
import type { ReprotectToAzureFacts } from '../domain/reprotect-to-azure/facts';
import { planCoverageProblems, planMachineSkipReason } from '../domain/cycle/plan-rows';
import { PLAN_REPROTECT_JOB_NAME, PLAN_REPROTECT_SCENARIO, PLAN_REPROTECT_STEPS } from '../domain/reprotect/plan-job';
import { failure, invalidInput, type ActionResult } from '../schemas/action-result';
import type { PlanBladeData } from '../schemas/plan-operations';
import { planReprotectToAzureInputSchema } from '../schemas/reprotect-to-azure';
import { getDb, type Db } from './db';
import { everyMachineOf, inPlanOrder, planRefusal, queuePlanJobs, submitPlanOperation } from './plan-operation';
import { loadPlanMembers, loadPlanReprotectBlade, submitRecoveryPlanReprotectWithChosenValues } from './recovery-plan-reprotect';
import { loadReprotectToAzureFactsForItems, reprotectToAzureJobPayload } from './reprotect-to-azure';
import type { DbOrTx } from './reprotect-facts';
import { Refusal } from './refusals';

// Reprotect of a recovery plan from on-premises to Azure, after its failback was
// committed: a process server per machine, each judged by the single-VM rules.

export async function loadPlanReprotectToAzureBlade(vaultId: string, planId: string, db: DbOrTx = getDb()): Promise<PlanBladeData<ReprotectToAzureFacts> | null> {
  const plan = await loadPlanMembers(db, { id: planId, vaultId });
  if (!plan) return null;
  const byId = await loadReprotectToAzureFactsForItems(db, vaultId, plan.itemIds);
  const all = plan.itemIds.flatMap((id) => byId.get(id) ?? []);
  const skipped = all.flatMap(({ item }) => {
    const reason = planMachineSkipReason(item, 'ReprotectToAzure');
    return reason ? [{ itemId: item.id, name: item.name, reason }] : [];
  });
  return { plan: { id: plan.id, name: plan.name }, machines: all.filter(({ item }) => planMachineSkipReason(item, 'ReprotectToAzure') === null), skipped };
}

export async function submitPlanReprotectToAzure(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ jobId: string }>> {
  const parsed = planReprotectToAzureInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const input = parsed.data;
  return submitPlanOperation(db, vaultId, input.planId, async (tx, plan) => {
    const byId = await loadReprotectToAzureFactsForItems(tx, vaultId, plan.itemIds);
    const members = plan.itemIds.flatMap((id) => byId.get(id)?.item ?? []);
    const problems = planCoverageProblems(members, input.rows.map((row) => row.itemId), 'ReprotectToAzure');
    if (problems.length > 0) throw new Refusal(failure('refused', problems.join(' ')));
    const rows = inPlanOrder(plan, input.rows).map((row) => {
      const facts = byId.get(row.itemId)!;
      return { row, facts, evaluation: evaluateReprotectToAzure(facts, row, { viaRecoveryPlan: true }) };
    });
    if (rows.some(({ evaluation }) => !evaluation.canSubmit)) {
      throw new Refusal(planRefusal(rows.map(({ facts, evaluation }) => ({ name: facts.item.name, blockers: evaluation.blockers })), 'cannot be reprotected to Azure'));
    }
    const jobId = await queuePlanJobs(
      tx,
      plan,
      { scenarioName: PLAN_REPROTECT_SCENARIO, friendlyName: PLAN_REPROTECT_JOB_NAME, steps: PLAN_REPROTECT_STEPS, payload: { direction: input.direction, machineCount: rows.length } },
      rows.map(({ row, facts }) => ({
        itemId: row.itemId,
        name: facts.item.name,
        scenarioName: REPROTECT_SCENARIO,
        friendlyName: REPROTECT_JOB_NAME,
        payload: reprotectToAzureJobPayload(facts, row.processServerId, plan.id),
        tasks: reprotectToAzureTasks(),
      })),
    );
    // Machines sending through the same process server are held in one statement.
    const byServer = new Map<string, string[]>();
    for (const { row } of rows) byServer.set(row.processServerId, [...(byServer.get(row.processServerId) ?? []), row.itemId]);
    for (const [processServerId, ids] of byServer) {
      await tx.replicatedItem.updateMany({ where: { id: { in: ids } }, data: { protectionState: 'ReprotectInProgress', processServerId } });
    }
    return jobId;
  });
}

/**
 * replicationRecoveryPlans.beginReprotect of a plan committed on-premises (the call takes
 * no values): every machine the blade lists, each through the first on-premises process
 * server the rules accept for it; the submission judges the rows as it does the blade's.
 */
async function submitPlanReprotectToAzureWithChosenValues(vaultId: string, planId: string, db: Db, blade: PlanBladeData<ReprotectToAzureFacts> | null): Promise<ActionResult<{ jobId: string }>> {
  const machines = everyMachineOf(blade, 'can be reprotected to Azure');
  if (!machines.ok) return machines;
  const rows = blade!.machines.map((facts) => {
    const choices = evaluateReprotectToAzure(facts, {}).processServers;
    const chosen = choices.find((choice) => choice.eligible) ?? choices[0];
    return { itemId: facts.item.id, processServerId: chosen?.id ?? '' };
  });
  return submitPlanReprotectToAzure(vaultId, { planId, direction: 'OnPremisesToAzure', rows }, db);
}

/**
 * replicationRecoveryPlans.beginReprotect, which does not say which way: back to
 * on-premises while any machine waits in Azure for it, else to Azure when some machine
 * was committed on-premises. Each blade's data is read once, for the choice and the submission.
 */
export async function submitPlanReprotectEitherWay(vaultId: string, planId: string, db: Db = getDb()): Promise<ActionResult<{ jobId: string }>> {
  const back = await loadPlanReprotectBlade(vaultId, planId, db);
  if (back && (back.facts?.machines.length ?? 0) === 0) {
    const forward = await loadPlanReprotectToAzureBlade(vaultId, planId, db);
    if (forward && forward.machines.length > 0) return submitPlanReprotectToAzureWithChosenValues(vaultId, planId, db, forward);
  }
  return submitRecoveryPlanReprotectWithChosenValues(vaultId, planId, db, back);
}
