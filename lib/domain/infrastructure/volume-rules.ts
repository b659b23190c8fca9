import type { FileSystem, OsType } from '../reprotect/facts';

// What a volume on a master target may look like, by the MT's operating system.
// The lab's forms check these in the browser and the server checks them again.

export const FILE_SYSTEMS_BY_OS: Record<OsType, readonly FileSystem[]> = {
  Windows: ['NTFS', 'ReFS', 'FAT', 'FAT32'],
  Linux: ['ext4', 'xfs'],
};

const DRIVE_LETTER = /^[A-Za-z]:$/;
// An absolute path of plain segments: no "." or ".." segments and no trailing slash.
const MOUNT_PATH = /^\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*)?$/;

/** Drive letters are stored upper-case ("r:" is R:); mount paths as written. */
export function normalizeVolumeName(osType: OsType, name: string): string {
  const trimmed = name.trim();
  return osType === 'Windows' ? trimmed.toUpperCase() : trimmed;
}

/** Why a volume name is not valid on a master target of this OS (null when it is). */
export function volumeNameProblem(osType: OsType, name: string): string | null {
  const trimmed = name.trim();
  if (osType === 'Windows') {
    return DRIVE_LETTER.test(trimmed) ? null : 'On a Windows master target a volume is a drive letter and a colon, e.g. R:.';
  }
  return MOUNT_PATH.test(trimmed) ? null : 'On a Linux master target a volume is an absolute mount path, e.g. /mnt/retention.';
}

export function fileSystemProblem(osType: OsType, fileSystem: FileSystem): string | null {
  const allowed = FILE_SYSTEMS_BY_OS[osType];
  return allowed.includes(fileSystem) ? null : `A ${osType} master target formats volumes as ${allowed.join(', ')}; not ${fileSystem}.`;
}

/** Two names for one volume: drive letters compare without case, paths exactly. */
export function sameVolumeName(osType: OsType, a: string, b: string): boolean {
  return normalizeVolumeName(osType, a) === normalizeVolumeName(osType, b);
}
