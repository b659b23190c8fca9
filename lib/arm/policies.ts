import type { ArmPolicy } from '../schemas/arm-resources';
import type { z } from 'zod';
import type { createPolicyInputSchema, updatePolicyInputSchema } from '../schemas/arm-requests';
import type { PolicyRow } from '../schemas/policies';
import { RESOURCE_TYPES, type ArmIds } from './resource-ids';

// Replication policies as the service's Policy resource (InMagePolicyDetails), named
// by the name they were created with; and InMagePolicyInput as the Create policy
// blade's input. A forward policy's failback policy is "<name>-failback".

export function toArmPolicy(policy: PolicyRow, location: string, ids: ArmIds): ArmPolicy {
  return {
    id: ids.policy(policy.friendlyName),
    name: policy.friendlyName,
    type: RESOURCE_TYPES.policy,
    location,
    properties: {
      friendlyName: policy.friendlyName,
      providerSpecificDetails: {
        instanceType: 'InMage',
        recoveryPointThresholdInMinutes: policy.recoveryPointThresholdInMinutes,
        recoveryPointHistory: policy.recoveryPointHistoryInMinutes,
        appConsistentFrequencyInMinutes: policy.appConsistentFrequencyInMinutes,
        multiVmSyncStatus: policy.multiVmSyncStatus ? 'Enabled' : 'Disabled',
      },
    },
  };
}

/** The Create policy blade's input (checked by its own schema afterwards). */
export function toForwardPolicyInput(name: string, input: z.infer<typeof createPolicyInputSchema>) {
  const values = input.properties.providerSpecificInput;
  return {
    friendlyName: name,
    recoveryPointThresholdInMinutes: values.recoveryPointThresholdInMinutes,
    recoveryPointHistoryInMinutes: values.recoveryPointHistory,
    appConsistentFrequencyInMinutes: values.appConsistentFrequencyInMinutes,
    multiVmSyncStatus: values.multiVmSyncStatus === 'Enabled',
  };
}

/** A policy edit with only the values given (the others keep theirs). */
export function toPolicyPatch(input: z.infer<typeof updatePolicyInputSchema>): Record<string, number | boolean> {
  const values = input.properties.replicationProviderSettings;
  const patch: Record<string, number | boolean> = {};
  if (values.recoveryPointThresholdInMinutes !== undefined) patch.recoveryPointThresholdInMinutes = values.recoveryPointThresholdInMinutes;
  if (values.recoveryPointHistory !== undefined) patch.recoveryPointHistoryInMinutes = values.recoveryPointHistory;
  if (values.appConsistentFrequencyInMinutes !== undefined) patch.appConsistentFrequencyInMinutes = values.appConsistentFrequencyInMinutes;
  if (values.multiVmSyncStatus !== undefined) patch.multiVmSyncStatus = values.multiVmSyncStatus === 'Enabled';
  return patch;
}
