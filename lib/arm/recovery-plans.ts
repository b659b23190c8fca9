import { jobStateLabel } from '../domain/protection-status';
import type { ArmRecoveryPlan } from '../schemas/arm-resources';
import type { RecoveryPlanDetail } from '../schemas/recovery-plans';
import { RESOURCE_TYPES, type ArmIds } from './resource-ids';

// A recovery plan as the service's RecoveryPlan resource, named by its name: its
// groups in order with their machines, and its latest reprotect as its current scenario.

export function toArmRecoveryPlan(plan: RecoveryPlanDetail, fabricName: string, location: string, ids: ArmIds): ArmRecoveryPlan {
  const latest = plan.latestReprotect;
  return {
    id: ids.plan(plan.name),
    name: plan.name,
    type: RESOURCE_TYPES.plan,
    location,
    properties: {
      friendlyName: plan.name,
      primaryFabricFriendlyName: fabricName,
      recoveryFabricFriendlyName: 'Microsoft Azure',
      failoverDeploymentModel: 'ResourceManager',
      replicationProviders: ['InMage'],
      allowedOperations: plan.reprotect.enabled ? ['ReverseReplicate'] : [],
      ...(latest
        ? {
            currentScenario: { scenarioName: latest.scenarioName, jobId: ids.job(latest.id), ...(latest.startTime ? { startTime: latest.startTime } : {}) },
            currentScenarioStatus: latest.state,
            currentScenarioStatusDescription: latest.stateDescription ?? jobStateLabel(latest.state),
          }
        : {}),
      groups: plan.groups.map((group) => ({
        groupType: group.groupType,
        replicationProtectedItems: group.machines.map((machine) => ({ id: ids.item(machine.configurationServerId, machine.id), virtualMachineId: machine.id })),
        startGroupActions: [],
        endGroupActions: [],
      })),
    },
  };
}
