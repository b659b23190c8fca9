import { REPROTECT_STEPS } from '../domain/jobs/reprotect-steps';
import type { ProtectionState } from '../domain/reprotect/facts';
import type { ReprotectInput } from '../schemas/reprotect';
import type { Prisma } from './generated/prisma/client';

// What a single-VM reprotect and a recovery plan's reprotect write alike: the
// Reprotect job of one item (payload and tasks) and the item's reverse-replication
// settings.

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
