import { z } from 'zod';

// The resources the automation API returns, in the Site Recovery REST API's shapes
// (the fields this portal has; see README "Automate it" for those left out). The
// translation modules of lib/arm build these; the OpenAPI document is generated from them.

const time = z.iso.datetime();
const resource = { id: z.string(), name: z.string(), type: z.string(), location: z.string().optional() };

export const armErrorSchema: z.ZodType<{ code: string; message: string; target?: string; details?: unknown[] }> = z
  .object({
    code: z.string(),
    message: z.string(),
    target: z.string().optional(),
    details: z.array(z.object({ code: z.string(), message: z.string(), target: z.string().optional() })).optional(),
  })
  .meta({ id: 'ErrorDetail' });

export const errorResponseSchema = z.object({ error: armErrorSchema }).meta({ id: 'ErrorResponse' });

const healthErrorSchema = z
  .object({ errorCode: z.string(), errorMessage: z.string(), errorLevel: z.string(), recommendedAction: z.string().optional(), creationTimeUtc: time.optional() })
  .meta({ id: 'HealthError' });

const retentionVolumeSchema = z.object({ volumeName: z.string(), capacityInBytes: z.number(), freeSpaceInBytes: z.number(), thresholdPercentage: z.number() });
const dataStoreSchema = z.object({
  symbolicName: z.string(),
  uuid: z.string(),
  capacity: z.string(),
  freeSpace: z.string(),
  type: z.string(),
  /** How the master target's ESXi host mounts it: not in the service's model, which the SDK ignores. */
  access: z.enum(['ReadWrite', 'ReadOnly']),
});

export const masterTargetServerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    ipAddress: z.string(),
    osType: z.string(),
    osVersion: z.string(),
    agentVersion: z.string(),
    lastHeartbeat: time,
    versionStatus: z.string(),
    diskCount: z.number(),
    retentionVolumes: z.array(retentionVolumeSchema),
    dataStores: z.array(dataStoreSchema),
    validationErrors: z.array(healthErrorSchema),
    healthErrors: z.array(healthErrorSchema),
  })
  .meta({ id: 'MasterTargetServer' });

export const processServerSchema = z
  .object({
    id: z.string(),
    friendlyName: z.string(),
    ipAddress: z.string(),
    osType: z.string(),
    agentVersion: z.string(),
    lastHeartbeat: time,
    versionStatus: z.string(),
    machineCount: z.string(),
    totalSpaceInBytes: z.number(),
    availableSpaceInBytes: z.number(),
    spaceUsageStatus: z.string(),
    psServiceStatus: z.string(),
    health: z.enum(['Normal', 'Warning', 'Critical']),
    healthErrors: z.array(healthErrorSchema),
  })
  .meta({ id: 'ProcessServer' });

export const fabricSchema = z
  .object({
    ...resource,
    properties: z.object({
      friendlyName: z.string(),
      internalIdentifier: z.string(),
      bcdrState: z.string(),
      health: z.string(),
      healthErrorDetails: z.array(healthErrorSchema),
      customDetails: z.object({
        instanceType: z.literal('VMware'),
        hostName: z.string(),
        ipAddress: z.string(),
        agentVersion: z.string(),
        lastHeartbeat: time,
        csServiceStatus: z.string(),
        processServerCount: z.string(),
        processServers: z.array(processServerSchema),
        masterTargetServers: z.array(masterTargetServerSchema),
        runAsAccounts: z.array(z.object({ accountId: z.string(), accountName: z.string() })),
      }),
    }),
  })
  .meta({ id: 'Fabric' });

export const vCenterSchema = z
  .object({
    ...resource,
    properties: z.object({
      friendlyName: z.string(),
      internalId: z.string(),
      ipAddress: z.string(),
      port: z.string(),
      discoveryStatus: z.string(),
      fabricArmResourceName: z.string(),
      infrastructureId: z.string(),
      lastHeartbeat: time,
    }),
  })
  .meta({ id: 'VCenter' });

export const protectionContainerSchema = z
  .object({
    ...resource,
    properties: z.object({
      friendlyName: z.string(),
      fabricFriendlyName: z.string(),
      fabricType: z.literal('VMware'),
      protectedItemCount: z.number(),
      pairingStatus: z.string(),
      role: z.string(),
    }),
  })
  .meta({ id: 'ProtectionContainer' });

export const currentScenarioSchema = z.object({ scenarioName: z.string(), jobId: z.string(), startTime: time.optional() }).meta({ id: 'CurrentScenarioDetails' });

export const protectedItemSchema = z
  .object({
    ...resource,
    properties: z.object({
      friendlyName: z.string(),
      protectedItemType: z.string(),
      primaryFabricFriendlyName: z.string(),
      primaryFabricProvider: z.string(),
      recoveryFabricFriendlyName: z.string(),
      primaryProtectionContainerFriendlyName: z.string(),
      protectionState: z.string(),
      protectionStateDescription: z.string(),
      activeLocation: z.enum(['Primary', 'Recovery']),
      replicationHealth: z.string(),
      allowedOperations: z.array(z.string()),
      healthErrors: z.array(healthErrorSchema),
      policyId: z.string(),
      policyFriendlyName: z.string(),
      lastSuccessfulFailoverTime: time.optional(),
      currentScenario: currentScenarioSchema.optional(),
      providerSpecificDetails: z.object({
        instanceType: z.literal('InMage'),
        activeSiteType: z.string(),
        vmId: z.string(),
        osDetails: z.object({ osType: z.string(), productType: z.string(), osVersion: z.string() }),
        osVersion: z.string(),
        rpoInSeconds: z.number().optional(),
        multiVmGroupId: z.string().optional(),
        multiVmGroupName: z.string().optional(),
        masterTargetId: z.string().optional(),
        processServerId: z.string().optional(),
        datastores: z.array(z.string()),
        protectedDisks: z.array(z.object({ diskName: z.string() })),
      }),
    }),
  })
  .meta({ id: 'ReplicationProtectedItem' });

const jobErrorSchema = z
  .object({
    serviceErrorDetails: z.object({ code: z.string(), message: z.string(), possibleCauses: z.string(), recommendedAction: z.string() }),
    providerErrorDetails: z.object({ errorCode: z.number().optional(), errorMessage: z.string(), possibleCauses: z.string(), recommendedAction: z.string() }),
    errorLevel: z.string(),
    creationTime: time,
    taskId: z.string().optional(),
  })
  .meta({ id: 'JobErrorDetails' });

const taskSchema = z
  .object({
    taskId: z.string(),
    name: z.string(),
    friendlyName: z.string(),
    state: z.string(),
    stateDescription: z.string(),
    taskType: z.string(),
    startTime: time.optional(),
    endTime: time.optional(),
    allowedActions: z.array(z.string()),
    errors: z.array(jobErrorSchema),
  })
  .meta({ id: 'ASRTask' });

export const jobSchema = z
  .object({
    ...resource,
    properties: z.object({
      activityId: z.string(),
      scenarioName: z.string(),
      friendlyName: z.string(),
      state: z.string(),
      stateDescription: z.string(),
      tasks: z.array(taskSchema),
      errors: z.array(jobErrorSchema),
      startTime: time.optional(),
      endTime: time.optional(),
      allowedActions: z.array(z.string()),
      targetObjectId: z.string(),
      targetObjectName: z.string(),
      targetInstanceType: z.string(),
      customDetails: z.object({ instanceType: z.literal('AsrJobDetails'), affectedObjectDetails: z.record(z.string(), z.string()) }),
    }),
  })
  .meta({ id: 'Job' });

export const recoveryPlanSchema = z
  .object({
    ...resource,
    properties: z.object({
      friendlyName: z.string(),
      primaryFabricFriendlyName: z.string(),
      recoveryFabricFriendlyName: z.string(),
      failoverDeploymentModel: z.string(),
      replicationProviders: z.array(z.string()),
      allowedOperations: z.array(z.string()),
      currentScenario: currentScenarioSchema.optional(),
      currentScenarioStatus: z.string().optional(),
      currentScenarioStatusDescription: z.string().optional(),
      groups: z.array(
        z.object({
          groupType: z.enum(['Shutdown', 'Failover', 'Boot']),
          replicationProtectedItems: z.array(z.object({ id: z.string(), virtualMachineId: z.string() })),
          startGroupActions: z.array(z.never()),
          endGroupActions: z.array(z.never()),
        }),
      ),
    }),
  })
  .meta({ id: 'RecoveryPlan' });

export const policySchema = z
  .object({
    ...resource,
    properties: z.object({
      friendlyName: z.string(),
      providerSpecificDetails: z.object({
        instanceType: z.literal('InMage'),
        recoveryPointThresholdInMinutes: z.number(),
        recoveryPointHistory: z.number(),
        appConsistentFrequencyInMinutes: z.number(),
        multiVmSyncStatus: z.enum(['Enabled', 'Disabled']),
      }),
    }),
  })
  .meta({ id: 'Policy' });

export const operationStatusSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.enum(['InProgress', 'Succeeded', 'Failed', 'Canceled']),
    startTime: time.optional(),
    endTime: time.optional(),
    error: armErrorSchema.optional(),
  })
  .meta({ id: 'OperationStatus' });

export const listOf = <T extends z.ZodType>(item: T, id: string) => z.object({ value: z.array(item), nextLink: z.string().optional() }).meta({ id });

export type ArmFabric = z.infer<typeof fabricSchema>;
export type ArmVCenter = z.infer<typeof vCenterSchema>;
export type ArmProtectionContainer = z.infer<typeof protectionContainerSchema>;
export type ArmProtectedItem = z.infer<typeof protectedItemSchema>;
export type ArmJob = z.infer<typeof jobSchema>;
export type ArmRecoveryPlan = z.infer<typeof recoveryPlanSchema>;
export type ArmPolicy = z.infer<typeof policySchema>;
export type ArmOperationStatus = z.infer<typeof operationStatusSchema>;
export type ArmMasterTargetServer = z.infer<typeof masterTargetServerSchema>;
export type ArmProcessServer = z.infer<typeof processServerSchema>;

export const fabricCollectionSchema = listOf(fabricSchema, 'FabricCollection');
export const vCenterCollectionSchema = listOf(vCenterSchema, 'VCenterCollection');
export const protectionContainerCollectionSchema = listOf(protectionContainerSchema, 'ProtectionContainerCollection');
export const protectedItemCollectionSchema = listOf(protectedItemSchema, 'ReplicationProtectedItemCollection');
export const jobCollectionSchema = listOf(jobSchema, 'JobCollection');
export const recoveryPlanCollectionSchema = listOf(recoveryPlanSchema, 'RecoveryPlanCollection');
export const policyCollectionSchema = listOf(policySchema, 'PolicyCollection');
