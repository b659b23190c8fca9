import 'server-only';
import { REPROTECT_JOB_NAME, REPROTECT_SCENARIO, REPROTECT_STEPS } from '../domain/jobs/reprotect-steps';
import type { ItemFacts, ProtectionState } from '../domain/reprotect/facts';
import type { ReprotectInput } from '../schemas/reprotect';
import { randomUUID } from 'node:crypto';
import type { AttemptStarter } from '../domain/jobs/job-attempts';
import type { Prisma } from './generated/prisma/client';
import { insertRows, type Columns } from './insert-rows';

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

interface ReprotectJobRow extends Omit<ReprotectJobPlacement, 'recoveryPlanId'> {
  [column: string]: unknown;
  vaultId: string;
  scenarioName: string;
  friendlyName: string;
  targetObjectName: string;
  replicatedItemId: string;
  payload: Prisma.InputJsonObject;
}

/** A Reprotect job to queue, and the hold it puts on its item. */
export interface QueuedReprotect {
  job: ReprotectJobRow;
  hold: ReturnType<typeof reprotectItemHold>;
}

const JOB_COLUMNS: Columns<Required<ReprotectJobRow>> = {
  id: 'text',
  vaultId: 'text',
  scenarioName: 'text',
  friendlyName: 'text',
  targetObjectName: 'text',
  replicatedItemId: 'text',
  parentJobId: 'text',
  payload: 'jsonb',
  createdAt: 'timestamp',
  startedVia: { enum: 'JobStarter' },
  startedBy: 'text',
};

const TASK_COLUMNS = { id: 'text', jobId: 'text', order: 'integer', name: 'text', friendlyName: 'text' } as const;

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
  const column = <K extends keyof QueuedReprotect['hold']>(key: K) => queued.map(({ hold }) => hold[key]);
  await tx.$executeRaw`
    UPDATE "ReplicatedItem" AS item
    SET "protectionState" = CAST(held.state AS "ProtectionState"), "masterTargetId" = held.mt, "processServerId" = held.ps,
        "datastoreId" = held.ds, "retentionVolumeId" = held.rv, "failbackPolicyId" = held.fp, "updatedAt" = ${new Date()}
    FROM unnest(${queued.map(({ job }) => job.replicatedItemId)}::text[], ${column('protectionState')}::text[], ${column('masterTargetId')}::text[],
                ${column('processServerId')}::text[], ${column('datastoreId')}::text[], ${column('retentionVolumeId')}::text[],
                ${column('failbackPolicyId')}::text[]) AS held(id, state, mt, ps, ds, rv, fp)
    WHERE item.id = held.id`;
}
