import { z } from 'zod';

/** What an operator does to a master target VM in vCenter or on the server itself. */
export const MASTER_TARGET_CHANGES = [
  'installVmwareTools',
  'enableDiskUuid',
  'deleteSnapshots',
  'takeSnapshot',
  'changeScsiController',
  'startAgent',
  'stopAgent',
  'storageVMotion',
] as const;

export type MasterTargetChange = (typeof MASTER_TARGET_CHANGES)[number];

export const masterTargetChangeSchema = z.discriminatedUnion(
  'change',
  [
    z.object({ masterTargetId: z.string().min(1), change: z.literal('installVmwareTools') }),
    z.object({ masterTargetId: z.string().min(1), change: z.literal('enableDiskUuid') }),
    z.object({ masterTargetId: z.string().min(1), change: z.literal('deleteSnapshots') }),
    z.object({ masterTargetId: z.string().min(1), change: z.literal('takeSnapshot') }),
    z.object({
      masterTargetId: z.string().min(1),
      change: z.literal('changeScsiController'),
      scsiControllerType: z.enum(['LsiLogicSas', 'LsiLogicParallel', 'Paravirtual', 'BusLogic'], { error: 'Choose a SCSI controller type.' }),
    }),
    z.object({ masterTargetId: z.string().min(1), change: z.literal('startAgent') }),
    z.object({ masterTargetId: z.string().min(1), change: z.literal('stopAgent') }),
    z.object({ masterTargetId: z.string().min(1), change: z.literal('storageVMotion') }),
  ],
  { error: 'Unknown change to a master target.' },
);

export type MasterTargetChangeInput = z.infer<typeof masterTargetChangeSchema>;

export const datastoreMountSchema = z.object({
  hostId: z.string().min(1, { error: 'Choose an ESXi host.' }),
  datastoreId: z.string().min(1, { error: 'Choose a datastore.' }),
  access: z.enum(['ReadWrite', 'ReadOnly'], { error: 'Choose read-write or read-only.' }),
});

export type DatastoreMountInput = z.infer<typeof datastoreMountSchema>;

export const connectivitySchema = z
  .object({
    s2sVpn: z.boolean(),
    expressRoute: z.boolean(),
    expressRoutePeering: z.enum(['None', 'Private', 'Public', 'PrivateAndPublic'], { error: 'Choose the ExpressRoute peering.' }),
  })
  .superRefine((input, ctx) => {
    if (!input.expressRoute && input.expressRoutePeering !== 'None') {
      ctx.addIssue({ code: 'custom', path: ['expressRoutePeering'], message: 'Without an ExpressRoute circuit there is no peering: choose None.' });
    }
  });

export type ConnectivityInput = z.infer<typeof connectivitySchema>;

export const ITEM_CHANGES = ['startAzureVm', 'stopAzureVm', 'registerAgent', 'unregisterAgent'] as const;

/** What happens to a failed-over VM in Azure: its VM started or stopped, its Mobility agent registering. */
export const replicatedItemChangeSchema = z.object({
  itemId: z.string().min(1),
  change: z.enum(ITEM_CHANGES, { error: 'Unknown change to a VM.' }),
});

export type ReplicatedItemChangeInput = z.infer<typeof replicatedItemChangeSchema>;
