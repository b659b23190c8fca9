import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { refusedUnchanged as refusedWithoutWrites } from '../../test/refused-unchanged';
import { changeReplicatedItem, mountDatastore, setSiteConnectivity } from './lab-site';
import { createReplicatedItem, createTestVault, type TestVault } from './seed/factories';

let database: TestDatabase;
let vault: TestVault;
let otherVault: TestVault;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  vault = await createTestVault(db());
  otherVault = await createTestVault(db());
});
afterAll(async () => {
  await database?.stop();
});

const refusedUnchanged = (run: () => Promise<{ ok: boolean }>) => refusedWithoutWrites(db(), vault.vaultId, run);

describe('site connectivity', () => {
  it('switches from S2S VPN to ExpressRoute private peering', async () => {
    const input = { s2sVpn: false, expressRoute: true, expressRoutePeering: 'Private' };
    expect((await setSiteConnectivity(vault.vaultId, input, db())).ok).toBe(true);
    expect(await db().vault.findUniqueOrThrow({ where: { id: vault.vaultId } })).toMatchObject(input);
  });

  it('refuses a peering without an ExpressRoute circuit', async () => {
    const result = await refusedUnchanged(() => setSiteConnectivity(vault.vaultId, { s2sVpn: true, expressRoute: false, expressRoutePeering: 'Private' }, db()));
    expect(result.error.fieldErrors.expressRoutePeering).toMatch(/no peering/);
  });
});

describe('datastore mounts', () => {
  it('mounts another datastore read-only, then changes it to read-write', async () => {
    const ds = await db().datastore.create({
      data: { vcenterId: vault.vcenterId, symbolicName: 'ds-lab-new', uuid: 'u-1', type: 'VMFS', capacityGb: 100, freeSpaceGb: 100 },
    });
    expect((await mountDatastore(vault.vaultId, { hostId: vault.hostId, datastoreId: ds.id, access: 'ReadOnly' }, db())).ok).toBe(true);
    expect((await mountDatastore(vault.vaultId, { hostId: vault.hostId, datastoreId: ds.id, access: 'ReadWrite' }, db())).ok).toBe(true);
    const mount = await db().datastoreMount.findUniqueOrThrow({ where: { hostId_datastoreId: { hostId: vault.hostId, datastoreId: ds.id } } });
    expect(mount.access).toBe('ReadWrite');
  });

  it.each([
    { name: 'a mount that is already so', input: () => ({ hostId: vault.hostId, datastoreId: vault.datastoreId, access: 'ReadWrite' }), field: 'access' },
    { name: "a host of another vault's vCenter", input: () => ({ hostId: otherVault.hostId, datastoreId: vault.datastoreId, access: 'ReadWrite' }), field: 'hostId' },
    { name: "a datastore of another vault's vCenter", input: () => ({ hostId: vault.hostId, datastoreId: otherVault.datastoreId, access: 'ReadWrite' }), field: 'datastoreId' },
    { name: 'an unknown access', input: () => ({ hostId: vault.hostId, datastoreId: vault.datastoreId, access: 'Full' }), field: 'access' },
  ])('refuses $name and writes nothing', async ({ input, field }) => {
    const result = await refusedUnchanged(() => mountDatastore(vault.vaultId, input(), db()));
    expect(result.error.fieldErrors[field]).toBeTruthy();
  });

  it("refuses a datastore of another vCenter of the same vault", async () => {
    const vcenter = await db().vCenterServer.create({
      data: { vaultId: vault.vaultId, configurationServerId: vault.configurationServerId, friendlyName: 'vcenter-lab-2', ipAddress: '10.0.0.6', version: '7.0.3' },
    });
    const ds = await db().datastore.create({
      data: { vcenterId: vcenter.id, symbolicName: 'ds-elsewhere', uuid: 'u-2', type: 'VMFS', capacityGb: 10, freeSpaceGb: 10 },
    });
    const result = await refusedUnchanged(() => mountDatastore(vault.vaultId, { hostId: vault.hostId, datastoreId: ds.id, access: 'ReadWrite' }, db()));
    expect(result.error.fieldErrors.datastoreId).toMatch(/another vCenter/);
  });
});

describe('a failed-over VM in Azure', () => {
  it('a stopped VM is started, then its agent registers', async () => {
    const item = await createReplicatedItem(db(), vault, { azureVmRunning: false, agentRegistered: false });
    const early = await refusedUnchanged(() => changeReplicatedItem(vault.vaultId, { itemId: item.id, change: 'registerAgent' }, db()));
    expect(early.error.message).toMatch(/Start the Azure VM/);
    expect((await changeReplicatedItem(vault.vaultId, { itemId: item.id, change: 'startAzureVm' }, db())).ok).toBe(true);
    expect((await changeReplicatedItem(vault.vaultId, { itemId: item.id, change: 'registerAgent' }, db())).ok).toBe(true);
    expect(await db().replicatedItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ azureVmRunning: true, agentRegistered: true });
  });

  it('stops the VM and unregisters the agent', async () => {
    const item = await createReplicatedItem(db(), vault);
    expect((await changeReplicatedItem(vault.vaultId, { itemId: item.id, change: 'stopAzureVm' }, db())).ok).toBe(true);
    expect((await changeReplicatedItem(vault.vaultId, { itemId: item.id, change: 'unregisterAgent' }, db())).ok).toBe(true);
    expect(await db().replicatedItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ azureVmRunning: false, agentRegistered: false });
  });

  it('refuses a change that is already so, and an item of another vault', async () => {
    const item = await createReplicatedItem(db(), vault);
    const foreign = await createReplicatedItem(db(), otherVault, { azureVmRunning: false });
    expect((await refusedUnchanged(() => changeReplicatedItem(vault.vaultId, { itemId: item.id, change: 'startAzureVm' }, db()))).error.message).toMatch(
      /already running/,
    );
    expect((await refusedUnchanged(() => changeReplicatedItem(vault.vaultId, { itemId: foreign.id, change: 'startAzureVm' }, db()))).error.kind).toBe(
      'not-found',
    );
  });
});
