import 'server-only';
import { REPROTECT_JOB_NAME, REPROTECT_SCENARIO, REPROTECT_STEPS } from '../domain/jobs/reprotect-steps';
import type { ItemFacts, ProtectionState } from '../domain/reprotect/facts';
import type { ReprotectInput } from '../schemas/reprotect';
import { randomUUID } from 'node:crypto';
import type { AttemptStarter } from '../domain/jobs/job-attempts';
import type { Prisma } from './generated/prisma/client';
import { insertRows } from './insert-rows';
import type { ItemJob } from './item-operation';

// What a single-VM reprotect and a recovery plan's reprotect write alike: the
// Reprotect job of each item (payload and tasks) and the item's reverse-replication
// settings, queued together in a handful of statements however many there are.

type MachineChoices = Pick<ReprotectInput, 'itemId' | 'masterTargetId' | 'processServerId' | 'datastoreId' | 'retentionVolumeId'>;

/**
 * Job.payload of a Reprotect job, which its handler parses. `recoveryPlanId` marks
 * a machine reprotected as part of a plan, where replication group members belong.
 */
export function reprotectJobPayload(
  choices: MachineChoices,
  failbackPolicyId: string,
  previousProtectionState: ProtectionState,
  recoveryPlanId?: string,
): Prisma.InputJsonObject {
  return {
    itemId: choices.itemId,
    direction: 'AzureToOnPremises',
    masterTargetId: choices.masterTargetId,
    processServerId: choices.processServerId,
    datastoreId: choices.datastoreId,
    retentionVolumeId: choices.retentionVolumeId,
    failbackPolicyId,
    previousProtectionState,
    ...(recoveryPlanId ? { recoveryPlanId } : {}),
  };
}

/** The tasks of a Reprotect job, in order, none started. */
export function reprotectTasks(): Array<{ order: number; name: string; friendlyName: string }> {
  return REPROTECT_STEPS.map((step, order) => ({ order, name: step.name, friendlyName: step.friendlyName }));
}

/** The item held by its reprotect: in progress, with the choices it replicates back with. */
export function reprotectItemHold(choices: MachineChoices, failbackPolicyId: string) {
  return {
    protectionState: 'ReprotectInProgress' as const,
    masterTargetId: choices.masterTargetId,
    processServerId: choices.processServerId,
    datastoreId: choices.datastoreId,
    retentionVolumeId: choices.retentionVolumeId,
    failbackPolicyId,
  };
}

/** How the job is placed: its id, its place in the queue, who started it, and the plan it belongs to. */
export interface ReprotectJobPlacement {
  id: string;
  createdAt: Date;
  startedVia: AttemptStarter['via'];
  startedBy: string | null;
  parentJobId?: string;
  recoveryPlanId?: string;
}

interface ReprotectJobRow extends Omit<ItemJob, 'tasks'>, Omit<ReprotectJobPlacement, 'recoveryPlanId'> {
  [column: string]: unknown;
}

/** A Reprotect job to queue, and the hold it puts on its item. */
export interface QueuedReprotect {
  job: ReprotectJobRow;
  hold: ReturnType<typeof reprotectItemHold>;
}

const JOB_COLUMNS = [
  'id',
  'vaultId',
  'scenarioName',
  'friendlyName',
  'targetObjectName',
  'replicatedItemId',
  'parentJobId',
  'payload',
  'createdAt',
  'startedVia',
  'startedBy',
] as const satisfies ReadonlyArray<keyof Required<ReprotectJobRow>>;

const TASK_COLUMNS = ['id', 'jobId', 'order', 'name', 'friendlyName'] as const;

/** The Reprotect job of one judged item, with these choices, and its hold. */
export function queuedReprotect(
  vaultId: string,
  item: Pick<ItemFacts, 'id' | 'name' | 'protectionState'>,
  choices: MachineChoices,
  failbackPolicyId: string,
  { recoveryPlanId, ...placement }: ReprotectJobPlacement,
): QueuedReprotect {
  return {
    job: {
      ...placement,
      vaultId,
      scenarioName: REPROTECT_SCENARIO,
      friendlyName: REPROTECT_JOB_NAME,
      targetObjectName: item.name,
      replicatedItemId: item.id,
      payload: reprotectJobPayload(choices, failbackPolicyId, item.protectionState, recoveryPlanId),
    },
    hold: reprotectItemHold(choices, failbackPolicyId),
  };
}

/** Queues the jobs with their tasks and holds their items: three statements however many there are. */
export async function queueReprotectJobs(tx: Prisma.TransactionClient, queued: readonly QueuedReprotect[]): Promise<void> {
  await insertRows(tx, 'Job', JOB_COLUMNS, queued.map(({ job }) => job));
  const tasks = queued.flatMap(({ job }) => reprotectTasks().map((task) => ({ ...task, id: randomUUID(), jobId: job.id })));
  await insertRows(tx, 'JobTask', TASK_COLUMNS, tasks);
  await holdItems(tx, queued);
}

/**
 * Each item takes the hold of its job (reprotectItemHold's fields), in one statement: the
 * ORM writes one statement per distinct set of values, and every VM has its own choices.
 */
async function holdItems(tx: Prisma.TransactionClient, queued: readonly QueuedReprotect[]): Promise<void> {
  const holds = queued.map(({ job, hold }) => ({ id: job.replicatedItemId, ...hold, updatedAt: new Date() }));
  await tx.$executeRaw`
    UPDATE "ReplicatedItem" AS item
    SET "protectionState" = held."protectionState", "masterTargetId" = held."masterTargetId", "processServerId" = held."processServerId",
        "datastoreId" = held."datastoreId", "retentionVolumeId" = held."retentionVolumeId", "failbackPolicyId" = held."failbackPolicyId",
        "updatedAt" = held."updatedAt"
    FROM json_populate_recordset(NULL::"ReplicatedItem", ${JSON.stringify(holds)}::json) AS held
    WHERE item.id = held.id`;
}
