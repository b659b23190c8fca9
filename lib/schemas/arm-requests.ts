import { z } from 'zod';
import { RECOVERY_POINT_TYPES } from '../domain/failover/facts';

// Request bodies of the automation API, as the Site Recovery REST API names them
// (ReverseReplicationInput, CreatePolicyInput, UpdatePolicyInput, ResumeJobParams).
// The routes parse with these and hand the values on to the same schemas and data
// functions the blades use; the OpenAPI document is generated from them.

const id = (label: string) => z.string({ error: `${label} is required.` }).trim().min(1, { error: `${label} is required.` }).max(500);

export const inMageReprotectInputSchema = z
  .object({
    instanceType: z.literal('InMage', { error: "providerSpecificDetails.instanceType must be 'InMage': this vault reprotects VMware VMs from Azure to on-premises." }),
    masterTargetId: id('masterTargetId'),
    processServerId: id('processServerId'),
    retentionDrive: id('retentionDrive').describe('The retention volume of the master target, by name (R:, /mnt/retention).'),
    profileId: id('profileId').describe('The failback policy: its name or resource id. It must be the failback policy of the forward policy the VM replicates with.'),
    datastoreName: z.string().trim().max(500).optional().describe('The datastore of the master target\'s ESXi host, by name.'),
    runAsAccountId: z.string().max(500).optional(),
    diskExclusionInput: z.unknown().optional(),
    disksToInclude: z.array(z.string()).optional(),
  })
  .meta({ id: 'InMageReprotectInput' });

export const reverseReplicationInputSchema = z
  .object({
    properties: z.object(
      {
        failoverDirection: z.literal('RecoveryToPrimary', {
          error: "failoverDirection must be 'RecoveryToPrimary': a VM that failed over to Azure is protected back to on-premises.",
        }),
        providerSpecificDetails: inMageReprotectInputSchema,
      },
      { error: 'The body needs properties with failoverDirection and providerSpecificDetails.' },
    ),
  }, { error: 'The body must be a ReverseReplicationInput.' })
  .meta({ id: 'ReverseReplicationInputToOnPremises' });

export type ReverseReplicationInput = z.infer<typeof reverseReplicationInputSchema>;

const minutes = z.number().int().optional();

export const inMagePolicyInputSchema = z
  .object({
    instanceType: z.literal('InMage', { error: "instanceType must be 'InMage'." }),
    recoveryPointThresholdInMinutes: minutes,
    recoveryPointHistory: minutes.describe('Recovery point retention, in minutes.'),
    appConsistentFrequencyInMinutes: minutes,
    multiVmSyncStatus: z.enum(['Enabled', 'Disabled'], { error: "multiVmSyncStatus must be 'Enabled' or 'Disabled'." }),
  })
  .meta({ id: 'InMagePolicyInput' });

export const createPolicyInputSchema = z
  .object({
    properties: z.object({ providerSpecificInput: inMagePolicyInputSchema }, { error: 'The body needs properties.providerSpecificInput.' }),
  }, { error: 'The body must be a CreatePolicyInput.' })
  .meta({ id: 'CreatePolicyInput' });

export const updatePolicyInputSchema = z
  .object({
    properties: z.object(
      { replicationProviderSettings: inMagePolicyInputSchema.partial({ multiVmSyncStatus: true }) },
      { error: 'The body needs properties.replicationProviderSettings.' },
    ),
  }, { error: 'The body must be an UpdatePolicyInput.' })
  .meta({ id: 'UpdatePolicyInput' });

export const resumeJobParamsSchema = z
  .object({ properties: z.object({ comments: z.string().max(1000).optional() }).optional() })
  .optional()
  .meta({ id: 'ResumeJobParams' });

// The rest of the failback cycle: failover from Azure, commit, and reprotect back to Azure.

const recoveryPointTypeSchema = z
  .enum(RECOVERY_POINT_TYPES, { error: "recoveryPointType must be 'LatestTime' (latest processed) or 'LatestTag' (latest app-consistent)." })
  .default('LatestTime');

export const inMageUnplannedFailoverInputSchema = z
  .object({
    instanceType: z.literal('InMage', { error: "providerSpecificDetails.instanceType must be 'InMage': this vault fails VMware VMs back from Azure to on-premises." }),
    recoveryPointType: recoveryPointTypeSchema.describe('LatestTime (latest processed, the default) or LatestTag (latest app-consistent).'),
    recoveryPointId: z.undefined({ error: 'A custom recovery point is not offered: choose LatestTime or LatestTag.' }).optional(),
  })
  .meta({ id: 'InMageUnplannedFailoverInput' });

const failbackDirection = z.literal('RecoveryToPrimary', {
  error: "failoverDirection must be 'RecoveryToPrimary': a VM reprotected to on-premises fails back from Azure.",
});

export const unplannedFailoverInputSchema = z
  .object({
    properties: z.object(
      {
        failoverDirection: failbackDirection,
        sourceSiteOperations: z.string().max(100).optional().describe('Accepted and ignored: the Azure VM is always shut down first.'),
        providerSpecificDetails: inMageUnplannedFailoverInputSchema.optional(),
      },
      { error: 'The body needs properties with failoverDirection.' },
    ),
  }, { error: 'The body must be an UnplannedFailoverInput.' })
  .meta({ id: 'UnplannedFailoverInput' });

export const recoveryPlanUnplannedFailoverInputSchema = z
  .object({
    properties: z.object(
      {
        failoverDirection: failbackDirection,
        sourceSiteOperations: z.enum(['Required', 'NotRequired'], { error: "sourceSiteOperations must be 'Required' or 'NotRequired'." }).optional(),
        providerSpecificDetails: z.array(inMageUnplannedFailoverInputSchema.omit({ recoveryPointId: true })).max(1, { error: 'Give one InMage input for the plan.' }).optional(),
      },
      { error: 'The body needs properties with failoverDirection.' },
    ),
  }, { error: 'The body must be a RecoveryPlanUnplannedFailoverInput.' })
  .meta({ id: 'RecoveryPlanUnplannedFailoverInput' });

export const inMageAzureV2ReprotectInputSchema = z
  .object({
    instanceType: z.literal('InMageAzureV2', { error: "providerSpecificDetails.instanceType must be 'InMageAzureV2': a VM committed on-premises replicates to Azure again." }),
    processServerId: id('processServerId').describe('The on-premises process server that sends the data to Azure: its id or resource id.'),
    masterTargetId: z.string().max(500).optional(),
    policyId: z.string().max(500).optional().describe("Accepted and ignored: the VM replicates with its configuration server's forward policy."),
    storageAccountId: z.string().max(500).optional(),
    logStorageAccountId: z.string().max(500).optional(),
    runAsAccountId: z.string().max(500).optional(),
    disksToInclude: z.array(z.string()).optional(),
  })
  .meta({ id: 'InMageAzureV2ReprotectInput' });

export const forwardReplicationInputSchema = z
  .object({
    properties: z.object(
      {
        failoverDirection: z.literal('PrimaryToRecovery', {
          error: "failoverDirection must be 'PrimaryToRecovery': a VM committed on-premises is protected to Azure again.",
        }),
        providerSpecificDetails: inMageAzureV2ReprotectInputSchema,
      },
      { error: 'The body needs properties with failoverDirection and providerSpecificDetails.' },
    ),
  }, { error: 'The body must be a ReverseReplicationInput.' })
  .meta({ id: 'ReverseReplicationInputToAzure' });

/** The reProtect body, either way round, as the document of the API shows it. */
export const reprotectRequestSchema = z.union([reverseReplicationInputSchema, forwardReplicationInputSchema]).meta({ id: 'ReverseReplicationInput' });

/** Which way a reprotect body asks for: PrimaryToRecovery is to Azure; anything else is read as the failback reprotect. */
export function isReprotectToAzureBody(body: unknown): boolean {
  const properties = (body as { properties?: { failoverDirection?: unknown } } | null)?.properties;
  return typeof properties === 'object' && properties !== null && properties.failoverDirection === 'PrimaryToRecovery';
}
