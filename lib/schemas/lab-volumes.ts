import { z } from 'zod';
import { fileSystemProblem, sameVolumeName, volumeNameProblem } from '../domain/infrastructure/volume-rules';
import type { FileSystem, OsType } from '../domain/reprotect/facts';

export const FILE_SYSTEMS = ['NTFS', 'ReFS', 'FAT', 'FAT32', 'ext4', 'xfs'] as const satisfies readonly FileSystem[];

const sizeGb = (label: string) =>
  z
    .number({ error: `Enter the ${label} in GB.` })
    .min(0, { error: `The ${label} cannot be negative.` })
    .max(1_048_576, { error: `The ${label} is larger than any disk (at most 1,048,576 GB).` });

/** One volume as the lab's forms enter it; sizes in GB. */
export const volumeFieldsSchema = z.object({
  volumeName: z.string({ error: 'Enter the volume.' }).trim().min(1, { error: 'Enter the volume.' }),
  fileSystem: z.enum(FILE_SYSTEMS, { error: 'Choose a file system.' }),
  capacityGb: sizeGb('capacity'),
  freeSpaceGb: sizeGb('free space'),
});

export type VolumeFields = z.infer<typeof volumeFieldsSchema>;

/** The checks that need the master target's OS, added to any schema holding volume fields. */
export function checkVolumeForOs(osType: OsType, volume: VolumeFields, ctx: z.RefinementCtx, path: (string | number)[] = []) {
  const nameProblem = volumeNameProblem(osType, volume.volumeName);
  if (nameProblem) ctx.addIssue({ code: 'custom', path: [...path, 'volumeName'], message: nameProblem });
  const fsProblem = fileSystemProblem(osType, volume.fileSystem);
  if (fsProblem) ctx.addIssue({ code: 'custom', path: [...path, 'fileSystem'], message: fsProblem });
  if (volume.freeSpaceGb > volume.capacityGb) {
    ctx.addIssue({ code: 'custom', path: [...path, 'freeSpaceGb'], message: 'Free space cannot be more than the capacity.' });
  }
}

export const addVolumeBaseSchema = volumeFieldsSchema.extend({
  masterTargetId: z.string().min(1, { error: 'Choose a master target.' }),
});

/** Add a volume: the same schema in the browser (which knows the MT's OS) and on the server (which loads it). */
export function addVolumeSchema(osType: OsType) {
  return addVolumeBaseSchema.superRefine((volume, ctx) => checkVolumeForOs(osType, volume, ctx));
}

export type AddVolumeInput = z.infer<typeof addVolumeBaseSchema>;

export const reformatVolumeBaseSchema = z.object({
  volumeId: z.string().min(1, { error: 'Choose a volume.' }),
  fileSystem: z.enum(FILE_SYSTEMS, { error: 'Choose a file system.' }),
});

export function reformatVolumeSchema(osType: OsType) {
  return reformatVolumeBaseSchema.superRefine((input, ctx) => {
    const problem = fileSystemProblem(osType, input.fileSystem);
    if (problem) ctx.addIssue({ code: 'custom', path: ['fileSystem'], message: problem });
  });
}

export type ReformatVolumeInput = z.infer<typeof reformatVolumeBaseSchema>;

/** A list of volumes for one OS: each valid, no name twice. */
export function checkVolumeList(osType: OsType, volumes: VolumeFields[], ctx: z.RefinementCtx, path: string) {
  volumes.forEach((volume, index) => {
    checkVolumeForOs(osType, volume, ctx, [path, index]);
    const earlier = volumes.slice(0, index).some((other) => sameVolumeName(osType, other.volumeName, volume.volumeName));
    if (earlier) ctx.addIssue({ code: 'custom', path: [path, index, 'volumeName'], message: `${volume.volumeName} is listed twice.` });
  });
}
