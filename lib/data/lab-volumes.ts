import 'server-only';
import { normalizeVolumeName, sameVolumeName } from '../domain/infrastructure/volume-rules';
import { invalidInput, type ActionResult } from '../schemas/action-result';
import { addVolumeBaseSchema, addVolumeSchema, reformatVolumeBaseSchema, reformatVolumeSchema } from '../schemas/lab-volumes';
import { getDb, type Db } from './db';
import { recordActivity } from './activity-log';
import { nameClash, refusable, Refusal, refuseWith } from './refusals';

const BYTES_PER_GB = 1024 ** 3;

/** GB as entered in the lab (possibly fractional) to bytes. */
export function gibFromGb(gb: number): bigint {
  return BigInt(Math.round(gb * BYTES_PER_GB));
}

/** A new disk attached to the master target and formatted as a volume. */
export async function addVolume(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const base = addVolumeBaseSchema.safeParse(raw);
  if (!base.success) return invalidInput(base.error);
  return refusable(
    () =>
      db.$transaction(async (tx) => {
        const mt = await tx.masterTargetServer.findFirst({
          where: { id: base.data.masterTargetId, vaultId },
          select: { id: true, name: true, osType: true, volumes: { select: { volumeName: true } } },
        });
        if (!mt) return refuseWith('not-found', 'The master target does not exist in this vault.');
        const parsed = addVolumeSchema(mt.osType).safeParse(raw);
        if (!parsed.success) throw new Refusal(invalidInput(parsed.error));
        const input = parsed.data;
        if (mt.volumes.some((v) => sameVolumeName(mt.osType, v.volumeName, input.volumeName))) {
          refuseWith('conflict', `${mt.name} already has a volume ${normalizeVolumeName(mt.osType, input.volumeName)}.`, 'volumeName');
        }
        const volume = await tx.masterTargetVolume.create({
          data: {
            masterTargetId: mt.id,
            volumeName: normalizeVolumeName(mt.osType, input.volumeName),
            fileSystem: input.fileSystem,
            capacityInBytes: gibFromGb(input.capacityGb),
            freeSpaceInBytes: gibFromGb(input.freeSpaceGb),
          },
          select: { id: true },
        });
        await tx.masterTargetServer.update({ where: { id: mt.id }, data: { attachedDiskCount: { increment: 1 } } });
        await recordActivity(tx, { result: 'Succeeded', target: { type: 'masterTarget', id: mt.id, name: `${normalizeVolumeName(mt.osType, input.volumeName)} on ${mt.name}` } });
        return { id: volume.id };
      }),
    nameClash('volumeName'),
  );
}

/** Formats a volume again with another file system: it comes back empty. */
export async function reformatVolume(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const base = reformatVolumeBaseSchema.safeParse(raw);
  if (!base.success) return invalidInput(base.error);
  return refusable(() =>
    db.$transaction(async (tx) => {
      const volume = await tx.masterTargetVolume.findFirst({
        where: { id: base.data.volumeId, masterTarget: { vaultId } },
        include: { masterTarget: { select: { name: true, osType: true } } },
      });
      if (!volume) return refuseWith('not-found', 'The volume does not exist on a master target of this vault.');
      const parsed = reformatVolumeSchema(volume.masterTarget.osType).safeParse(raw);
      if (!parsed.success) throw new Refusal(invalidInput(parsed.error));
      const where = `${volume.volumeName} on ${volume.masterTarget.name}`;
      if (volume.isCacheVolume) refuseWith('refused', `${where} holds the master target's installation; it cannot be reformatted.`, 'fileSystem');
      if (volume.inUseAsReplicationTarget) refuseWith('refused', `${where} holds replicated data; it cannot be reformatted.`, 'fileSystem');
      if (volume.locked) refuseWith('refused', `${where} is in lock mode; it cannot be reformatted.`, 'fileSystem');
      await tx.masterTargetVolume.update({
        where: { id: volume.id },
        data: { fileSystem: parsed.data.fileSystem, freeSpaceInBytes: volume.capacityInBytes },
      });
      await recordActivity(tx, { result: 'Succeeded', target: { type: 'masterTarget', id: volume.masterTargetId, name: where } });
      return { id: volume.id };
    }),
  );
}
