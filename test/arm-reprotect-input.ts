import type { Db } from '../lib/data/db';

/** The portal's choices for a VM's reprotect, by id, as the blade and the rules name them. */
export interface ReprotectChoiceIds {
  masterTargetId: string;
  processServerId: string;
  retentionVolumeId: string;
  datastoreId: string;
}

/**
 * The same choices as an automation caller sends them to `reProtect` (InMage provider
 * details): the retention volume and the datastore by name, the failback policy as profile.
 */
export async function inMageReprotectDetails(db: Db, choices: ReprotectChoiceIds, profileId: string) {
  const volume = await db.masterTargetVolume.findUniqueOrThrow({ where: { id: choices.retentionVolumeId } });
  const datastore = await db.datastore.findUniqueOrThrow({ where: { id: choices.datastoreId } });
  return {
    instanceType: 'InMage' as const,
    masterTargetId: choices.masterTargetId,
    processServerId: choices.processServerId,
    retentionDrive: volume.volumeName,
    datastoreName: datastore.symbolicName,
    profileId,
  };
}
