import { z } from 'zod';
import { FAILBACK_VM_CHANGES } from '../domain/infrastructure/failback-lab-rules';

/** vCenter or the configuration server connected or not, or an ESXi host's free memory. */
export const siteChangeSchema = z.discriminatedUnion(
  'change',
  [
    z.object({ change: z.enum(['connectVcenter', 'disconnectVcenter']), vcenterId: z.string().min(1, { error: 'Choose a vCenter server.' }) }),
    z.object({
      change: z.enum(['connectConfigurationServer', 'disconnectConfigurationServer']),
      configurationServerId: z.string().min(1, { error: 'Choose a configuration server.' }),
    }),
    z.object({
      change: z.literal('setHostFreeMemory'),
      hostId: z.string().min(1, { error: 'Choose an ESXi host.' }),
      freeMemoryGb: z.coerce
        .number({ error: 'Enter the free memory in GB.' })
        .int({ error: 'Enter a whole number of GB.' })
        .min(0, { error: 'Free memory cannot be negative.' })
        .max(65_536, { error: 'Enter at most 65536 GB.' }),
    }),
  ],
  { error: 'Unknown change to the site.' },
);

export type SiteChangeInput = z.infer<typeof siteChangeSchema>;

/** What happens to a VM replicating back to on-premises, or running there after failback. */
export const failbackVmChangeSchema = z.object({
  itemId: z.string().min(1),
  change: z.enum(FAILBACK_VM_CHANGES, { error: 'Unknown change to a VM.' }),
});

export type FailbackVmChangeInput = z.infer<typeof failbackVmChangeSchema>;
