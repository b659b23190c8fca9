import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { refusedUnchanged as refusedWithoutWrites } from '../../test/refused-unchanged';
import { retentionVolumeReasons } from '../domain/reprotect/retention-rules';
import { getMasterTargetView } from './infrastructure-facts';
import { addVolume, reformatVolume } from './lab-volumes';
import { createMasterTarget, createTestVault, type TestMasterTarget, type TestVault } from './seed/factories';

let database: TestDatabase;
let vault: TestVault;
let windowsMt: TestMasterTarget;
let linuxMt: TestMasterTarget;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  vault = await createTestVault(db());
  windowsMt = await createMasterTarget(db(), vault, {
    volumes: [
      { volumeName: 'C:', fileSystem: 'NTFS', capacityGb: 127, freeGb: 60, isCacheVolume: true },
      { volumeName: 'R:', fileSystem: 'NTFS', capacityGb: 500, freeGb: 480 },
      { volumeName: 'F:', fileSystem: 'FAT32', capacityGb: 32, freeGb: 10 },
      { volumeName: 'E:', fileSystem: 'NTFS', capacityGb: 100, freeGb: 10, inUseAsReplicationTarget: true },
      { volumeName: 'L:', fileSystem: 'NTFS', capacityGb: 100, freeGb: 10, locked: true },
    ],
  });
  linuxMt = await createMasterTarget(db(), vault, { osType: 'Linux' });
});
afterAll(async () => {
  await database?.stop();
});

const volumeOf = (mt: TestMasterTarget, name: string) => mt.volumes.find((v) => v.volumeName === name)!;

const refusedUnchanged = (run: () => Promise<{ ok: boolean }>) => refusedWithoutWrites(db(), vault.vaultId, run);

describe('add a volume', () => {
  it('attaches a disk and formats it; the new volume can hold retention', async () => {
    const result = await addVolume(vault.vaultId, { masterTargetId: windowsMt.id, volumeName: 't:', fileSystem: 'ReFS', capacityGb: 200, freeSpaceGb: 200 }, db());
    expect(result.ok).toBe(true);
    const mt = await getMasterTargetView(vault.vaultId, windowsMt.id, db());
    const added = mt!.volumes.find((v) => v.volumeName === 'T:')!;
    expect(added).toMatchObject({ fileSystem: 'ReFS', capacityInBytes: 200 * 1024 ** 3 });
    expect(retentionVolumeReasons(added, mt!)).toEqual([]);
    expect(mt!.attachedDiskCount).toBe(windowsMt.attachedDiskCount + 1);
  });

  it('on Linux, a mount path', async () => {
    const result = await addVolume(vault.vaultId, { masterTargetId: linuxMt.id, volumeName: '/mnt/retention2', fileSystem: 'xfs', capacityGb: 100, freeSpaceGb: 90 }, db());
    expect(result.ok).toBe(true);
  });

  it.each([
    { name: 'a drive letter the MT already has (any case)', input: { volumeName: 'r:' }, field: 'volumeName', message: /already has a volume R:/ },
    { name: 'a mount path on Windows', input: { volumeName: '/data' }, field: 'volumeName', message: /drive letter/ },
    { name: 'two letters', input: { volumeName: 'RR:' }, field: 'volumeName', message: /drive letter/ },
    { name: 'a Linux file system on Windows', input: { fileSystem: 'ext4' }, field: 'fileSystem', message: /NTFS, ReFS, FAT, FAT32/ },
    { name: 'a negative capacity', input: { capacityGb: -5, freeSpaceGb: 0 }, field: 'capacityGb', message: /cannot be negative/ },
    { name: 'free space above capacity', input: { capacityGb: 10, freeSpaceGb: 20 }, field: 'freeSpaceGb', message: /more than the capacity/ },
    { name: 'a capacity that is not a number', input: { capacityGb: 'lots' }, field: 'capacityGb', message: /in GB/ },
  ])('refuses $name and writes nothing', async ({ input, field, message }) => {
    const raw = { masterTargetId: windowsMt.id, volumeName: 'V:', fileSystem: 'NTFS', capacityGb: 100, freeSpaceGb: 50, ...input };
    const result = await refusedUnchanged(() => addVolume(vault.vaultId, raw, db()));
    expect(result.error.fieldErrors[field]).toMatch(message);
  });

  it.each([
    { name: 'a relative path', volumeName: 'mnt/data' },
    { name: 'a path with ..', volumeName: '/mnt/../etc' },
    { name: 'a trailing slash', volumeName: '/mnt/data/' },
    { name: 'a drive letter', volumeName: 'R:' },
  ])('refuses $name on Linux', async ({ volumeName }) => {
    const raw = { masterTargetId: linuxMt.id, volumeName, fileSystem: 'ext4', capacityGb: 10, freeSpaceGb: 5 };
    const result = await refusedUnchanged(() => addVolume(vault.vaultId, raw, db()));
    expect(result.error.fieldErrors.volumeName).toMatch(/absolute mount path/);
  });

  it('refuses an unknown master target', async () => {
    const raw = { masterTargetId: 'nope', volumeName: 'V:', fileSystem: 'NTFS', capacityGb: 1, freeSpaceGb: 1 };
    expect((await refusedUnchanged(() => addVolume(vault.vaultId, raw, db()))).error.kind).toBe('not-found');
  });
});

describe('reformat a volume', () => {
  it('FAT32 to NTFS: the volume comes back empty and becomes eligible for retention', async () => {
    const fat = volumeOf(windowsMt, 'F:');
    expect((await reformatVolume(vault.vaultId, { volumeId: fat.id, fileSystem: 'NTFS' }, db())).ok).toBe(true);
    const mt = await getMasterTargetView(vault.vaultId, windowsMt.id, db());
    const volume = mt!.volumes.find((v) => v.id === fat.id)!;
    expect(volume).toMatchObject({ fileSystem: 'NTFS', freeSpaceInBytes: volume.capacityInBytes });
    expect(retentionVolumeReasons(volume, mt!)).toEqual([]);
  });

  it.each([
    { name: 'the cache volume', volume: 'C:', fileSystem: 'NTFS', message: /installation/ },
    { name: 'a volume holding replicated data', volume: 'E:', fileSystem: 'ReFS', message: /replicated data/ },
    { name: 'a locked volume', volume: 'L:', fileSystem: 'ReFS', message: /lock mode/ },
    { name: 'a file system of the other OS', volume: 'R:', fileSystem: 'xfs', message: /NTFS, ReFS/ },
  ])('refuses $name and writes nothing', async ({ volume, fileSystem, message }) => {
    const raw = { volumeId: volumeOf(windowsMt, volume).id, fileSystem };
    const result = await refusedUnchanged(() => reformatVolume(vault.vaultId, raw, db()));
    expect(result.error.fieldErrors.fileSystem).toMatch(message);
  });
});
