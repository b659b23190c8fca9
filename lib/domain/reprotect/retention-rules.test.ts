// The rules tested here, each with its source ("article:" quoted, "service:" described), are listed in docs/reprotect-rules.md.
import { describe, expect, it } from 'vitest';
import type { FileSystem, VolumeFacts } from './facts';
import { defaultRetentionVolume, retentionVolumeReasons } from './retention-rules';
import { aLinuxMasterTarget, aMasterTarget, aVolume, codes } from './test-fixtures';

const mt = aMasterTarget();

describe('retention volume rules', () => {
  const refusals: { rule: string; volume: Partial<VolumeFacts>; code: string; message: string }[] = [
    { rule: 'a. volume in use for another purpose (replication target)', volume: { inUseAsReplicationTarget: true }, code: 'VOLUME_IN_USE', message: 'in use for another purpose' },
    { rule: "b. volume in lock mode", volume: { locked: true }, code: 'VOLUME_LOCKED', message: 'in lock mode' },
    { rule: 'c. cache volume (the MT is installed on it)', volume: { isCacheVolume: true }, code: 'VOLUME_CACHE', message: 'cache volume' },
    { rule: 'd. FAT file system', volume: { fileSystem: 'FAT' }, code: 'VOLUME_FAT', message: 'formatted FAT;' },
    { rule: 'd. FAT32 file system', volume: { fileSystem: 'FAT32' }, code: 'VOLUME_FAT', message: 'formatted FAT32;' },
    { rule: 'e. zero capacity', volume: { capacityInBytes: 0, freeSpaceInBytes: 0 }, code: 'VOLUME_ZERO_CAPACITY', message: 'no capacity' },
  ];

  it.each(refusals)('article: a retention drive is not listed when: $rule', ({ volume, code, message }) => {
    const reasons = retentionVolumeReasons(aVolume({ volumeName: 'R:', ...volume }), mt);
    expect(codes(reasons)).toEqual([code]);
    expect(reasons[0]).toMatchObject({ severity: 'error', field: 'retentionVolumeId', subject: { kind: 'masterTarget', id: mt.id } });
    expect(reasons[0]?.message).toContain('R:');
    expect(reasons[0]?.message).toContain(message);
  });

  it.each<FileSystem>(['NTFS', 'ReFS', 'ext4', 'xfs'])('article: a %s volume with capacity is eligible', (fileSystem) => {
    expect(retentionVolumeReasons(aVolume({ fileSystem }), mt)).toEqual([]);
  });

  it('reports every failed criterion', () => {
    const reasons = retentionVolumeReasons(aVolume({ locked: true, fileSystem: 'FAT32', capacityInBytes: 0 }), mt);
    expect(codes(reasons)).toEqual(['VOLUME_LOCKED', 'VOLUME_FAT', 'VOLUME_ZERO_CAPACITY']);
  });

  describe('article: default retention volume is R: on Windows and /mnt/retention on Linux', () => {
    it('pre-selects R: on a Windows MT when it is eligible', () => {
      expect(defaultRetentionVolume(aMasterTarget())?.volumeName).toBe('R:');
      expect(defaultRetentionVolume(aMasterTarget())?.id).toBe('vol-r');
    });

    it('pre-selects /mnt/retention on a Linux MT when it is eligible', () => {
      expect(defaultRetentionVolume(aLinuxMasterTarget())?.id).toBe('vol-mnt-retention');
    });

    it('does not pre-select R: when it is ineligible (locked)', () => {
      const windows = aMasterTarget({ volumes: [aVolume({ locked: true }), aVolume({ id: 'vol-e', volumeName: 'E:' })] });
      expect(defaultRetentionVolume(windows)).toBeUndefined();
    });

    it('does not pre-select /mnt/retention when it is ineligible (in use)', () => {
      const linux = aLinuxMasterTarget({
        volumes: [aVolume({ id: 'vol-mnt-retention', volumeName: '/mnt/retention', fileSystem: 'ext4', inUseAsReplicationTarget: true })],
      });
      expect(defaultRetentionVolume(linux)).toBeUndefined();
    });

    it("does not pre-select the other OS's default (/mnt/retention on a Windows MT)", () => {
      const windows = aMasterTarget({ volumes: [aVolume({ id: 'vol-x', volumeName: '/mnt/retention' })] });
      expect(defaultRetentionVolume(windows)).toBeUndefined();
    });

    it('pre-selects nothing when the MT has no default volume', () => {
      expect(defaultRetentionVolume(aMasterTarget({ volumes: [aVolume({ id: 'vol-e', volumeName: 'E:' })] }))).toBeUndefined();
    });
  });
});
