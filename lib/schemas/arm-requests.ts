import { z } from 'zod';

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
  .meta({ id: 'ReverseReplicationInput' });

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
