import 'server-only';
import { randomUUID } from 'node:crypto';
import { autoPlanRows } from '../domain/reprotect/auto-choices';
import type { ReprotectFacts } from '../domain/reprotect/facts';
import { PLAN_REPROTECT_JOB_NAME, PLAN_REPROTECT_SCENARIO, PLAN_REPROTECT_STEPS } from '../domain/reprotect/plan-job';
import {
  evaluatePlanReprotect,
  planRowCoverage,
  planSkipReason,
  machineFacts,
  type PlanEvaluation,
  type PlanReprotectFacts,
} from '../domain/reprotect/plan-rules';
import { failure, type ActionResult, invalidInput } from '../schemas/action-result';
import {
  planRowField,
  recoveryPlanReprotectInputSchema,
  type PlanReprotectBladeData,
  type PlanReprotectRow,
} from '../schemas/recovery-plan-reprotect';
import { getDb, type Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { loadReprotectFactsForItems, type DbOrTx } from './reprotect-facts';
import { jobStarter } from './activity-context';
import { recordActivity } from './activity-log';
import { lockForReprotect } from './reprotect-locks';
import { refusable, Refusal } from './refusals';
import { queueReprotectJobs, queuedReprotect } from './reprotect-submission';
import { pluralize } from '../domain/plural';

/** A plan of hundreds of machines writes a few thousand rows: give it time, and time to wait for locks. */
const PLAN_TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

export interface PlanMembers {
  id: string;
  vaultId: string;
  name: string;
  /** In the plan's order: by group, then as listed in the group. */
  itemIds: string[];
}

export async function loadPlanMembers(db: DbOrTx, where: Prisma.RecoveryPlanWhereInput): Promise<PlanMembers | null> {
  const plan = await db.recoveryPlan.findFirst({
    where,
    select: {
      id: true,
      vaultId: true,
      friendlyName: true,
      groups: { orderBy: { order: 'asc' }, select: { items: { select: { itemId: true, item: { select: { friendlyName: true } } } } } },
    },
  });
  if (!plan) return null;
  const items = plan.groups.flatMap((group) => group.items.toSorted((a, b) => a.item.friendlyName.localeCompare(b.item.friendlyName)));
  return { id: plan.id, vaultId: plan.vaultId, name: plan.friendlyName, itemIds: [...new Set(items.map((entry) => entry.itemId))] };
}

/** What the plan's Re-Protect blade shows: the machines to reprotect with their facts, and those left out. */
export async function loadPlanReprotectBlade(vaultId: string, planId: string, db: DbOrTx = getDb()): Promise<PlanReprotectBladeData | null> {
  const plan = await loadPlanMembers(db, { id: planId, vaultId });
  if (!plan) return null;
  const factsById = await loadReprotectFactsForItems(db, vaultId, plan.itemIds);
  const all = plan.itemIds.map((id) => factsById.get(id)).filter((facts) => facts !== undefined);
  const skipped = all.flatMap(({ item }) => {
    const reason = planSkipReason(item);
    return reason ? [{ itemId: item.id, name: item.name, reason }] : [];
  });
  const reprotected = all.filter(({ item }) => planSkipReason(item) === null);
  return { plan: { id: plan.id, name: plan.name }, facts: reprotected.length > 0 ? toPlanFacts(reprotected) : null, skipped };
}

function toPlanFacts(machines: ReprotectFacts[]): PlanReprotectFacts {
  // The fabric is one for the whole vault: every machine's facts share it.
  const { item: _item, configurationServer: _cs, failbackPolicy: _policy, ...fabric } = machines[0]!;
  return {
    ...fabric,
    machines: machines.map(({ item, configurationServer, failbackPolicy }) => ({ item, configurationServer, failbackPolicy })),
  };
}

interface CheckedRow {
  facts: ReprotectFacts;
  selection: PlanReprotectRow;
}

function refusal(rows: CheckedRow[], evaluation: PlanEvaluation) {
  const fieldErrors: Record<string, string> = {};
  evaluation.rows.forEach((row, index) => {
    for (const reason of row.blockers) fieldErrors[planRowField(index, reason.field === 'item' ? 'itemId' : reason.field)] ??= reason.message;
  });
  const blockers = evaluation.rows.flatMap((row) => row.blockers);
  const nameOf = (index: number) => rows[index]!.facts.item.name;
  const busy = evaluation.rows.flatMap((row, index) => (row.blockers.some((r) => r.code === 'ITEM_OPERATION_IN_PROGRESS') ? [nameOf(index)] : []));
  if (busy.length > 0) {
    const verb = busy.length === 1 ? 'has' : 'have';
    const message = `${busy.join(', ')} already ${verb} an operation in progress. Wait for it to finish or cancel it, then reprotect the plan.`;
    return failure('conflict', message, fieldErrors, blockers);
  }
  const blocked = evaluation.rows.flatMap((row, index) => (row.blockers.length > 0 ? [index] : []));
  const first = blocked[0] ?? 0;
  const count = pluralize(blocked.length, 'machine');
  const detail = evaluation.rows[first]?.blockers[0]?.message ?? 'Reprotect is not possible.';
  return failure('refused', `${count} cannot be reprotected with these values. ${nameOf(first)}: ${detail}`, fieldErrors, blockers);
}

/**
 * Starts the reprotect of a recovery plan: one plan job and a Reprotect job per
 * machine, each machine held in progress, all in one transaction. Every rule runs
 * again on the data as it is now, with every machine of the plan and every master
 * target chosen for them locked, in the global lock order, so that neither another
 * plan nor a single VM can slip disks onto those master targets meanwhile. A refusal
 * writes nothing.
 */
export async function submitRecoveryPlanReprotect(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ jobId: string }>> {
  const parsed = recoveryPlanReprotectInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const input = parsed.data;
  const clash = { message: 'Another operation on a machine of this plan was started at the same moment. Wait for it to finish.', field: 'item' };
  return refusable(async () => {
    const jobId = await db.$transaction(async (tx) => {
      const plan = await loadPlanMembers(tx, { id: input.planId, vaultId });
      if (!plan) throw new Refusal(failure('not-found', 'The recovery plan no longer exists.'));
      await lockForReprotect(tx, { itemIds: plan.itemIds, masterTargetIds: input.rows.map((row) => row.masterTargetId) });
      const factsById = await loadReprotectFactsForItems(tx, plan.vaultId, plan.itemIds);
      const machines = plan.itemIds.flatMap((id) => factsById.get(id)?.item ?? []);
      const problems = planRowCoverage(machines, input.rows.map((row) => row.itemId));
      if (problems.length > 0) throw new Refusal(failure('refused', problems.join(' ')));

      const rows = input.rows.map((selection) => ({ facts: factsById.get(selection.itemId)!, selection }));
      const evaluation = evaluatePlanReprotect(rows);
      if (!evaluation.canSubmit) throw new Refusal(refusal(rows, evaluation));
      const position = new Map(plan.itemIds.map((id, index) => [id, index]));
      const ordered = rows.toSorted((a, b) => position.get(a.facts.item.id)! - position.get(b.facts.item.id)!);
      return queuePlanJobs(tx, plan, ordered);
    }, PLAN_TX_OPTIONS);
    return { jobId };
  }, clash);
}

async function queuePlanJobs(tx: Prisma.TransactionClient, plan: PlanMembers, rows: CheckedRow[]): Promise<string> {
  const now = new Date();
  const planJobId = randomUUID();
  // The plan job comes first in the queue, so that it runs (and reports progress)
  // while its machines do; the machines follow in the plan's order.
  await tx.job.create({
    data: {
      id: planJobId,
      vaultId: plan.vaultId,
      scenarioName: PLAN_REPROTECT_SCENARIO,
      friendlyName: PLAN_REPROTECT_JOB_NAME,
      targetObjectName: plan.name,
      recoveryPlanId: plan.id,
      payload: { direction: 'AzureToOnPremises', machineCount: rows.length },
      createdAt: now,
      ...jobStarter(),
      tasks: { create: PLAN_REPROTECT_STEPS.map((step, order) => ({ order, name: step.name, friendlyName: step.friendlyName })) },
    },
  });
  const starter = jobStarter();
  const children = rows.map(({ facts, selection }, index) =>
    queuedReprotect(plan.vaultId, facts.item, selection, facts.failbackPolicy!.id, {
      id: randomUUID(),
      createdAt: new Date(now.getTime() + index + 1),
      ...starter,
      parentJobId: planJobId,
      recoveryPlanId: plan.id,
    }),
  );
  await queueReprotectJobs(tx, children);
  await recordActivity(tx, { result: 'Started', jobId: planJobId, target: { type: 'recoveryPlan', id: plan.id, name: plan.name } });
  return planJobId;
}

/**
 * Reprotects a plan without values (the automation API's reProtect of a plan takes
 * none): each machine gets the first choices the rules accept, as autoPlanRows picks
 * them, and the submission decides as it does for the blade's rows.
 */
export async function submitRecoveryPlanReprotectWithChosenValues(
  vaultId: string,
  planId: string,
  db: Db = getDb(),
  loaded?: PlanReprotectBladeData | null,
): Promise<ActionResult<{ jobId: string }>> {
  const blade = loaded === undefined ? await loadPlanReprotectBlade(vaultId, planId, db) : loaded;
  if (!blade) return failure('not-found', 'The recovery plan no longer exists.');
  const machines = blade.facts ? blade.facts.machines.map((machine) => machineFacts(blade.facts!, machine)) : [];
  const { rows, unplaced } = autoPlanRows(machines);
  if (unplaced.length > 0) {
    const count = unplaced.length === 1 ? '1 machine' : `${unplaced.length} machines`;
    const first = unplaced[0]!;
    const message = `No values the rules accept were found for ${count} of ${blade.plan.name}. ${first.name}: ${first.reasons[0]?.message ?? 'nothing fits.'}`;
    return failure('refused', message, {}, unplaced.flatMap((machine) => machine.reasons));
  }
  return submitRecoveryPlanReprotect(vaultId, { planId, direction: 'AzureToOnPremises', rows }, db);
}
