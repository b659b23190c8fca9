import { randomUUID } from 'node:crypto';
import type { Reason } from '../domain/reprotect/reasons';
import { failure, type ActionResult } from '../schemas/action-result';
import type { Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { loadPlanMembers, type PlanMembers } from './recovery-plan-reprotect';
import { isUniqueViolation, Refusal } from './refusals';

// What every operation on a recovery plan (failover, commit, reprotect to Azure) does
// alike when it is submitted: the plan's machines locked in id order (as every locker
// of several items does, so two submissions never wait for each other), the rules run
// on every machine, and one plan job queued with a job per machine under it, all in
// one transaction. A refusal writes nothing.

type Tx = Prisma.TransactionClient;

/** A plan of hundreds of machines writes a few thousand rows: give it time, and time to wait for locks. */
const PLAN_TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

export async function submitPlanOperation(
  db: Db,
  vaultId: string,
  planId: string,
  work: (tx: Tx, plan: PlanMembers) => Promise<string>,
): Promise<ActionResult<{ jobId: string }>> {
  try {
    const jobId = await db.$transaction(async (tx) => {
      const plan = await loadPlanMembers(tx, { id: planId, vaultId });
      if (!plan) throw new Refusal(failure('not-found', 'The recovery plan no longer exists.'));
      const lockOrder = plan.itemIds.toSorted();
      await tx.$queryRaw`SELECT id FROM "ReplicatedItem" WHERE id = ANY(${lockOrder}) ORDER BY id FOR UPDATE`;
      return work(tx, plan);
    }, PLAN_TX_OPTIONS);
    return { ok: true, data: { jobId } };
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if (isUniqueViolation(error)) {
      const message = 'Another operation on a machine of this plan was started at the same moment. Wait for it to finish.';
      return failure('conflict', message, { item: message });
    }
    throw error;
  }
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
  const count = blocked.length === 1 ? '1 machine' : `${blocked.length} machines`;
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
    })),
  });
  await tx.jobTask.createMany({ data: children.flatMap((child) => child.tasks.map((task) => ({ ...task, jobId: child.id }))) });
  return planJobId;
}

/** Machines in the plan's order. */
export function inPlanOrder<T extends { itemId: string }>(plan: PlanMembers, rows: readonly T[]): T[] {
  const position = new Map(plan.itemIds.map((id, index) => [id, index]));
  return rows.toSorted((a, b) => position.get(a.itemId)! - position.get(b.itemId)!);
}
