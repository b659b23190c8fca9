import { describe, expect, it } from 'vitest';
import { fileSystemProblem, normalizeVolumeName, sameVolumeName, volumeNameProblem } from './volume-rules';

describe('volume names by the master target OS', () => {
  it.each([
    { os: 'Windows', name: 'R:', valid: true },
    { os: 'Windows', name: 'r:', valid: true },
    { os: 'Windows', name: ' T: ', valid: true },
    { os: 'Windows', name: 'RR:', valid: false },
    { os: 'Windows', name: 'R', valid: false },
    { os: 'Windows', name: '/mnt/retention', valid: false },
    { os: 'Linux', name: '/mnt/retention', valid: true },
    { os: 'Linux', name: '/', valid: true },
    { os: 'Linux', name: '/var/lib/asr_data-1', valid: true },
    { os: 'Linux', name: 'mnt/retention', valid: false },
    { os: 'Linux', name: '/mnt/retention/', valid: false },
    { os: 'Linux', name: '/mnt/../etc', valid: false },
    { os: 'Linux', name: '/mnt//data', valid: false },
    { os: 'Linux', name: 'R:', valid: false },
  ] as const)('$os: "$name" valid: $valid', ({ os, name, valid }) => {
    expect(volumeNameProblem(os, name) === null).toBe(valid);
  });

  it('drive letters compare without case, mount paths exactly', () => {
    expect(normalizeVolumeName('Windows', ' r: ')).toBe('R:');
    expect(sameVolumeName('Windows', 'r:', 'R:')).toBe(true);
    expect(sameVolumeName('Linux', '/mnt/Data', '/mnt/data')).toBe(false);
  });
});

describe('file systems by the master target OS', () => {
  it.each([
    { os: 'Windows', fs: 'NTFS', valid: true },
    { os: 'Windows', fs: 'ReFS', valid: true },
    { os: 'Windows', fs: 'FAT32', valid: true },
    { os: 'Windows', fs: 'ext4', valid: false },
    { os: 'Linux', fs: 'ext4', valid: true },
    { os: 'Linux', fs: 'xfs', valid: true },
    { os: 'Linux', fs: 'NTFS', valid: false },
  ] as const)('$os: $fs valid: $valid', ({ os, fs, valid }) => {
    expect(fileSystemProblem(os, fs) === null).toBe(valid);
  });
});
