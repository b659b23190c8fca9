import { DEFAULT_RETENTION_VOLUME } from './constants';
import type { MasterTargetFacts, VolumeFacts } from './facts';
import { refuse, type Reason } from './reasons';

const FIELD = 'retentionVolumeId' as const;

/** The article's criteria for a retention drive; a volume that fails one is not eligible. */
export function retentionVolumeReasons(volume: VolumeFacts, mt: MasterTargetFacts): Reason[] {
  const subject = { kind: 'masterTarget', id: mt.id } as const;
  const name = volume.volumeName;
  const reasons: Reason[] = [];
  if (volume.inUseAsReplicationTarget) {
    reasons.push(refuse('VOLUME_IN_USE', FIELD, `${name} is in use for another purpose (a replication target).`, subject));
  }
  if (volume.locked) {
    reasons.push(refuse('VOLUME_LOCKED', FIELD, `${name} is in lock mode.`, subject));
  }
  if (volume.isCacheVolume) {
    reasons.push(refuse('VOLUME_CACHE', FIELD, `${name} is the cache volume: the master target is installed on it.`, subject));
  }
  if (volume.fileSystem === 'FAT' || volume.fileSystem === 'FAT32') {
    reasons.push(refuse('VOLUME_FAT', FIELD, `${name} is formatted ${volume.fileSystem}; FAT and FAT32 volumes cannot hold retention.`, subject));
  }
  if (volume.capacityInBytes <= 0) {
    reasons.push(refuse('VOLUME_ZERO_CAPACITY', FIELD, `${name} has no capacity.`, subject));
  }
  return reasons;
}

/** The default retention volume (R: on Windows, /mnt/retention on Linux) when it is eligible. */
export function defaultRetentionVolume(mt: MasterTargetFacts): VolumeFacts | undefined {
  const name = DEFAULT_RETENTION_VOLUME[mt.osType];
  const volume = mt.volumes.find((v) => v.volumeName.toLowerCase() === name.toLowerCase());
  return volume && retentionVolumeReasons(volume, mt).length === 0 ? volume : undefined;
}
