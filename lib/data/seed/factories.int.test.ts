import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createMasterTarget, createReplicatedItem, createTestVault } from './factories';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.stop();
});

describe('test factories', () => {
  it('builds complete vaults with unique names', async () => {
    const db = database.db;
    const a = await createTestVault(db);
    const b = await createTestVault(db, { vault: { expressRoute: true, expressRoutePeering: 'Private' }, datastoreAccess: 'ReadOnly' });
    expect(a.vaultName).not.toBe(b.vaultName);
    expect(await db.vault.findUniqueOrThrow({ where: { id: b.vaultId } })).toMatchObject({ expressRoutePeering: 'Private' });
    const mount = await db.datastoreMount.findUniqueOrThrow({
      where: { hostId_datastoreId: { hostId: a.hostId, datastoreId: a.datastoreId } },
      include: { datastore: true },
    });
    expect(mount).toMatchObject({ access: 'ReadWrite', datastore: { type: 'VMFS' } });
    expect((await db.datastoreMount.findFirstOrThrow({ where: { hostId: b.hostId } })).access).toBe('ReadOnly');
    const ps = await db.processServer.findMany({ where: { vaultId: a.vaultId } });
    expect(ps.map((p) => p.location).sort()).toEqual(['Azure', 'OnPremises']);
    const failback = await db.replicationPolicy.findUniqueOrThrow({ where: { id: a.failbackPolicyId } });
    expect(failback).toMatchObject({ direction: 'Failback', forwardPolicyId: a.forwardPolicyId, recoveryPointThresholdInMinutes: 15 });
  });

  it('gives master targets the default volumes of their OS unless told otherwise', async () => {
    const vault = await createTestVault(database.db);
    const win = await createMasterTarget(database.db, vault);
    const lnx = await createMasterTarget(database.db, vault, { osType: 'Linux', rootOnLvm: true });
    const custom = await createMasterTarget(database.db, vault, {
      volumes: [{ volumeName: 'C:', fileSystem: 'NTFS', capacityGb: 100, freeGb: 10, isCacheVolume: true }],
    });
    expect(win.volumes.map((v) => [v.volumeName, v.isCacheVolume])).toEqual([['C:', true], ['R:', false]]);
    expect(lnx).toMatchObject({ osType: 'Linux', rootOnLvm: true, esxiHostId: vault.hostId });
    expect(lnx.volumes.map((v) => v.volumeName)).toEqual(['/', '/mnt/retention']);
    expect(custom.volumes).toHaveLength(1);
    expect(win.name).not.toBe(custom.name);
  });

  it('creates failed-over items on the vault datastore unless the source VM is gone', async () => {
    const vault = await createTestVault(database.db);
    const item = await createReplicatedItem(database.db, vault);
    expect(item).toMatchObject({
      osType: 'Windows',
      protectionState: 'UnplannedFailoverCommitted',
      activeLocation: 'Recovery',
      sourceVmPresent: true,
      sourceDatastoreIds: [vault.datastoreId],
    });
    const deleted = await createReplicatedItem(database.db, vault, { osType: 'Linux', sourceVmPresent: false });
    expect(deleted.sourceDatastoreIds).toEqual([]);
    expect(deleted).toMatchObject({ osDistribution: 'Ubuntu', osVersion: '16.04', kernelVersion: '4.4.0' });
    expect(await database.db.replicatedItemDatastore.count({ where: { itemId: deleted.id } })).toBe(0);
  });
});
