import 'server-only';
import { evaluatePlanCommit, evaluatePlanFailover } from '../domain/failover/plan';
import type { CommitFacts } from '../domain/commit/rules';
import type { FailoverFacts } from '../domain/failover/facts';
import { planCoverageProblems, planMachineSkipReason, type PlanOperation } from '../domain/cycle/plan-rows';
import { commitTasks, COMMIT_JOB_NAME, COMMIT_SCENARIO } from '../domain/jobs/commit-steps';
import { failoverTasks, FAILOVER_JOB_NAME, FAILOVER_SCENARIO } from '../domain/jobs/failover-steps';
import { PLAN_COMMIT_JOB_NAME, PLAN_COMMIT_SCENARIO, PLAN_COMMIT_STEPS, PLAN_FAILOVER_JOB_NAME, PLAN_FAILOVER_SCENARIO, PLAN_FAILOVER_STEPS } from '../domain/jobs/plan-jobs';
import { failure, invalidInput, type ActionResult } from '../schemas/action-result';
import { planCommitInputSchema } from '../schemas/commit';
import { planFailoverInputSchema, type PlanFailoverInput } from '../schemas/failover';
import type { PlanBladeData } from '../schemas/plan-operations';
import { loadCommitFactsForItems } from './commit';
import { getDb, type Db } from './db';
import { failoverJobPayload } from './failover';
import { loadFailoverFactsForItems } from './failover-facts';
import { everyMachineOf, inPlanOrder, planRefusal, queuePlanJobs, submitPlanOperation } from './plan-operation';
import { loadPlanMembers, type PlanMembers } from './recovery-plan-reprotect';
import type { DbOrTx } from './reprotect-facts';
import { Refusal } from './refusals';

// Failover and commit of a recovery plan: a row per machine the operation concerns,
// the others left out with why, one plan job following a job per machine.

type FactsOf<Facts> = { item: { id: string; name: string; protectionState: FailoverFacts['item']['protectionState']; activeLocation: FailoverFacts['item']['activeLocation'] } } & Facts;

function split<Facts extends FactsOf<object>>(plan: PlanMembers, byId: Map<string, Facts>, operation: PlanOperation): PlanBladeData<Facts> {
  const all = plan.itemIds.flatMap((id) => byId.get(id) ?? []);
  const skipped = all.flatMap(({ item }) => {
    const reason = planMachineSkipReason(item, operation);
    return reason ? [{ itemId: item.id, name: item.name, reason }] : [];
  });
  return { plan: { id: plan.id, name: plan.name }, machines: all.filter(({ item }) => planMachineSkipReason(item, operation) === null), skipped };
}

function coverage<Facts extends FactsOf<object>>(byId: Map<string, Facts>, plan: PlanMembers, itemIds: readonly string[], operation: PlanOperation) {
  const machines = plan.itemIds.flatMap((id) => byId.get(id)?.item ?? []);
  const problems = planCoverageProblems(machines, itemIds, operation);
  if (problems.length > 0) throw new Refusal(failure('refused', problems.join(' ')));
  return inPlanOrder(plan, itemIds.map((itemId) => ({ itemId }))).map(({ itemId }) => byId.get(itemId)!);
}

export async function loadPlanFailoverBlade(vaultId: string, planId: string, db: DbOrTx = getDb()): Promise<PlanBladeData<FailoverFacts> | null> {
  const plan = await loadPlanMembers(db, { id: planId, vaultId });
  return plan ? split(plan, await loadFailoverFactsForItems(db, vaultId, plan.itemIds), 'UnplannedFailover') : null;
}

export async function loadPlanCommitBlade(vaultId: string, planId: string, db: DbOrTx = getDb()): Promise<PlanBladeData<CommitFacts> | null> {
  const plan = await loadPlanMembers(db, { id: planId, vaultId });
  return plan ? split(plan, await loadCommitFactsForItems(db, vaultId, plan.itemIds), 'Commit') : null;
}

/** Fails a plan over from Azure to on-premises (replicationRecoveryPlans.beginUnplannedFailover, RecoveryToPrimary). */
export async function submitPlanFailover(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ jobId: string }>> {
  const parsed = planFailoverInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const input = parsed.data;
  return submitPlanOperation(db, vaultId, input.planId, async (tx, plan) => {
    const byId = await loadFailoverFactsForItems(tx, vaultId, plan.itemIds);
    const machines = coverage(byId, plan, input.itemIds, 'UnplannedFailover');
    const evaluation = evaluatePlanFailover(machines, input.recoveryPointType);
    if (!evaluation.canSubmit) throw new Refusal(planRefusal(evaluation.rows.map((row) => ({ name: row.name, blockers: row.evaluation.blockers })), 'cannot fail over'));
    const jobId = await queuePlanJobs(
      tx,
      plan,
      { scenarioName: PLAN_FAILOVER_SCENARIO, friendlyName: PLAN_FAILOVER_JOB_NAME, steps: PLAN_FAILOVER_STEPS, payload: { direction: input.direction, recoveryPointType: input.recoveryPointType, machineCount: machines.length } },
      machines.map((facts) => ({
        itemId: facts.item.id,
        name: facts.item.name,
        scenarioName: FAILOVER_SCENARIO,
        friendlyName: FAILOVER_JOB_NAME,
        payload: failoverJobPayload({ ...input, itemId: facts.item.id }, facts.item.protectionState, plan.id),
        tasks: failoverTasks({ osType: facts.item.osType, sourceVmPresent: facts.item.sourceVmPresent, bootHostName: facts.target.bootHost?.name ?? null }),
      })),
    );
    await tx.replicatedItem.updateMany({ where: { id: { in: machines.map((facts) => facts.item.id) } }, data: { protectionState: 'UnplannedFailoverInProgress' } });
    return jobId;
  });
}

/** Commits a plan's failover (replicationRecoveryPlans.beginFailoverCommit). */
export async function submitPlanCommit(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ jobId: string }>> {
  const parsed = planCommitInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const input = parsed.data;
  return submitPlanOperation(db, vaultId, input.planId, async (tx, plan) => {
    const byId = await loadCommitFactsForItems(tx, vaultId, plan.itemIds);
    const machines = coverage(byId, plan, input.itemIds, 'Commit');
    const evaluation = evaluatePlanCommit(machines);
    if (!evaluation.canSubmit) throw new Refusal(planRefusal(evaluation.rows.map((row) => ({ name: row.name, blockers: row.evaluation.blockers })), 'cannot be committed'));
    return queuePlanJobs(
      tx,
      plan,
      { scenarioName: PLAN_COMMIT_SCENARIO, friendlyName: PLAN_COMMIT_JOB_NAME, steps: PLAN_COMMIT_STEPS, payload: { machineCount: machines.length } },
      evaluation.rows.map((row) => ({
        itemId: row.itemId,
        name: row.name,
        scenarioName: COMMIT_SCENARIO,
        friendlyName: COMMIT_JOB_NAME,
        payload: { itemId: row.itemId, direction: row.evaluation.direction!, recoveryPlanId: plan.id },
        tasks: commitTasks(row.evaluation.direction!),
      })),
    );
  });
}

/** replicationRecoveryPlans.beginUnplannedFailover: every machine the plan's Failover blade lists, at one recovery point type. */
export async function submitPlanFailoverOfEveryMachine(vaultId: string, planId: string, recoveryPointType: PlanFailoverInput['recoveryPointType'], db: Db = getDb()) {
  const machines = everyMachineOf(await loadPlanFailoverBlade(vaultId, planId, db), 'can fail over');
  if (!machines.ok) return machines;
  return submitPlanFailover(vaultId, { planId, direction: 'RecoveryToPrimary', recoveryPointType, itemIds: machines.data }, db);
}

/** replicationRecoveryPlans.beginFailoverCommit: every machine of the plan whose failback waits for its commit. */
export async function submitPlanCommitOfEveryMachine(vaultId: string, planId: string, db: Db = getDb()) {
  const machines = everyMachineOf(await loadPlanCommitBlade(vaultId, planId, db), 'has a failover to commit');
  if (!machines.ok) return machines;
  return submitPlanCommit(vaultId, { planId, itemIds: machines.data }, db);
}
