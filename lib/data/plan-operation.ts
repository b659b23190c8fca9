import 'server-only';
import { randomUUID } from 'node:crypto';
import { pluralize } from '../domain/plural';
import type { Reason } from '../domain/reprotect/reasons';
import { failure, type ActionResult } from '../schemas/action-result';
import type { PlanBladeData } from '../schemas/plan-operations';
import { jobStarter } from './activity-context';
import { recordActivity } from './activity-log';
import type { Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { loadPlanMembers, type PlanMembers } from './recovery-plan-reprotect';
import { lockForReprotect } from './reprotect-locks';
import { refusable, Refusal } from './refusals';

// What every operation on a recovery plan (failover, commit, reprotect to Azure) does
// alike when it is submitted: the plan's machines locked in the global lock order of
// lockForReprotect (so two submissions never wait for each other in a circle), the
// rules run on every machine, and one plan job queued with a job per machine under it
// and the caller's entry in the activity log, all in one transaction. A refusal writes
// nothing. Like the single-item operations, these count no capacity shared with other
// items, so the machines are the only rows they lock.

type Tx = Prisma.TransactionClient;

/** A plan of hundreds of machines writes a few thousand rows: give it time, and time to wait for locks. */
const PLAN_TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

export async function submitPlanOperation(
  db: Db,
  vaultId: string,
  planId: string,
  work: (tx: Tx, plan: PlanMembers) => Promise<string>,
): Promise<ActionResult<{ jobId: string }>> {
  const clash = { message: 'Another operation on a machine of this plan was started at the same moment. Wait for it to finish.', field: 'item' };
  return refusable(async () => {
    const jobId = await db.$transaction(async (tx) => {
      // A plan of another vault is not found, as if it did not exist.
      const plan = await loadPlanMembers(tx, { id: planId, vaultId });
      if (!plan) throw new Refusal(failure('not-found', 'The recovery plan no longer exists.'));
      await lockForReprotect(tx, { itemIds: plan.itemIds, masterTargetIds: [] });
      return work(tx, plan);
    }, PLAN_TX_OPTIONS);
    return { jobId };
  }, clash);
}

/**
 * The machines an operation on the whole plan concerns, as its blade lists them, for a
 * caller that names none (the automation API): refused when there are none, with why.
 */
export function everyMachineOf<Facts extends { item: { id: string } }>(blade: PlanBladeData<Facts> | null, cannot: string): ActionResult<string[]> {
  if (!blade) return failure('not-found', 'The recovery plan does not exist in this vault.');
  if (blade.machines.length > 0) return { ok: true, data: blade.machines.map((machine) => machine.item.id) };
  const why = blade.skipped.slice(0, 3).map((machine) => `${machine.name}: ${machine.reason}`).join(' ');
  return failure('refused', `No machine of ${blade.plan.name} ${cannot}.${why ? ` ${why}` : ''}`);
}

/** The answer when some rows are blocked: a conflict when operations hold machines, else the first machine's reason. */
export function planRefusal(rows: ReadonlyArray<{ name: string; blockers: Reason[] }>, cannot: string) {
  const blockers = rows.flatMap((row) => row.blockers);
  const busy = rows.filter((row) => row.blockers.some((reason) => reason.code === 'ITEM_OPERATION_IN_PROGRESS')).map((row) => row.name);
  if (busy.length > 0) {
    const message = `${busy.join(', ')} already ${busy.length === 1 ? 'has' : 'have'} an operation in progress. Wait for it to finish or cancel it, then try the plan again.`;
    return failure('conflict', message, {}, blockers);
  }
  const blocked = rows.filter((row) => row.blockers.length > 0);
  const first = blocked[0];
  const count = pluralize(blocked.length, 'machine');
  return failure('refused', `${count} ${cannot}. ${first?.name}: ${first?.blockers[0]?.message ?? ''}`.trim(), {}, blockers);
}

export interface MachineJob {
  itemId: string;
  name: string;
  scenarioName: string;
  friendlyName: string;
  payload: Prisma.InputJsonObject;
  tasks: Array<{ order: number; name: string; friendlyName: string }>;
}

/**
 * Queues the plan's job first (so that it runs, and reports progress, while its machines
 * do) and then a job per machine in the plan's order, in a few statements whatever the plan's size.
 */
export async function queuePlanJobs(
  tx: Tx,
  plan: PlanMembers,
  planJob: { scenarioName: string; friendlyName: string; steps: ReadonlyArray<{ name: string; friendlyName: string }>; payload: Prisma.InputJsonObject },
  machines: readonly MachineJob[],
): Promise<string> {
  const now = new Date();
  const planJobId = randomUUID();
  await tx.job.create({
    data: {
      id: planJobId,
      vaultId: plan.vaultId,
      scenarioName: planJob.scenarioName,
      friendlyName: planJob.friendlyName,
      targetObjectName: plan.name,
      recoveryPlanId: plan.id,
      payload: planJob.payload,
      createdAt: now,
      ...jobStarter(),
      tasks: { create: planJob.steps.map((step, order) => ({ order, name: step.name, friendlyName: step.friendlyName })) },
    },
  });
  const children = machines.map((machine, index) => ({ ...machine, id: randomUUID(), createdAt: new Date(now.getTime() + index + 1) }));
  await tx.job.createMany({
    data: children.map((child) => ({
      id: child.id,
      vaultId: plan.vaultId,
      scenarioName: child.scenarioName,
      friendlyName: child.friendlyName,
      targetObjectName: child.name,
      replicatedItemId: child.itemId,
      parentJobId: planJobId,
      payload: child.payload,
      createdAt: child.createdAt,
      ...jobStarter(),
    })),
  });
  await tx.jobTask.createMany({ data: children.flatMap((child) => child.tasks.map((task) => ({ ...task, jobId: child.id }))) });
  await recordActivity(tx, { result: 'Started', jobId: planJobId, target: { type: 'recoveryPlan', id: plan.id, name: plan.name } });
  return planJobId;
}

/** Machines in the plan's order. */
export function inPlanOrder<T extends { itemId: string }>(plan: PlanMembers, rows: readonly T[]): T[] {
  const position = new Map(plan.itemIds.map((id, index) => [id, index]));
  return rows.toSorted((a, b) => position.get(a.itemId)! - position.get(b.itemId)!);
}
