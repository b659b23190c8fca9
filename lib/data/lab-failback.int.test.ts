import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { refusedUnchanged as refusedWithoutWrites } from '../../test/refused-unchanged';
import { reprotectedItem } from '../jobs/cycle-test-kit';
import { validateFailover } from './failover';
import { changeFailbackVm, changeSite, getLabFailbackSite } from './lab-failback';
import { changeMasterTarget } from './lab';
import { createReplicatedItem, createTestVault, type TestVault } from './seed/factories';

let database: TestDatabase;
let vault: TestVault;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  vault = await createTestVault(db());
});
afterAll(async () => {
  await database?.stop();
});

const refusedUnchanged = (run: () => Promise<{ ok: boolean }>) => refusedWithoutWrites(db(), vault.vaultId, run);
const failoverCodes = async (itemId: string) => {
  const result = await validateFailover(vault.vaultId, { itemId, direction: 'RecoveryToPrimary', recoveryPointType: 'LatestTime' }, db());
  return result.ok ? result.data.blockers.map((reason) => reason.code) : [result.error.kind];
};

describe('the lab produces each refusal of a failback, and takes it back', () => {
  it('disconnects and reconnects vCenter and the configuration server', async () => {
    const { item } = await reprotectedItem(db(), vault);
    expect(await failoverCodes(item.id)).toEqual([]);
    expect((await changeSite(vault.vaultId, { change: 'disconnectVcenter', vcenterId: vault.vcenterId }, db())).ok).toBe(true);
    expect((await changeSite(vault.vaultId, { change: 'disconnectConfigurationServer', configurationServerId: vault.configurationServerId }, db())).ok).toBe(true);
    expect(await failoverCodes(item.id)).toEqual(['CONFIGURATION_SERVER_NOT_CONNECTED', 'VCENTER_NOT_CONNECTED']);
    const refused = await refusedUnchanged(() => changeSite(vault.vaultId, { change: 'disconnectVcenter', vcenterId: vault.vcenterId }, db()));
    expect(refused.error.message).toMatch(/already disconnected/);
    expect((await changeSite(vault.vaultId, { change: 'connectVcenter', vcenterId: vault.vcenterId }, db())).ok).toBe(true);
    expect((await changeSite(vault.vaultId, { change: 'connectConfigurationServer', configurationServerId: vault.configurationServerId }, db())).ok).toBe(true);
    expect(await failoverCodes(item.id)).toEqual([]);
  });

  it('takes a snapshot of the master target, stalls replication, removes the VM from the CS database, and discards its points', async () => {
    const { item, masterTarget } = await reprotectedItem(db(), vault);
    expect((await changeMasterTarget(vault.vaultId, { masterTargetId: masterTarget.id, change: 'takeSnapshot' }, db())).ok).toBe(true);
    for (const change of ['stallReplication', 'removeFromConfigurationServer', 'discardRecoveryPoints'] as const) {
      expect((await changeFailbackVm(vault.vaultId, { itemId: item.id, change }, db())).ok).toBe(true);
    }
    expect((await failoverCodes(item.id)).sort()).toEqual(['ITEM_HEALTH_NOT_OK', 'ITEM_NOT_IN_CS_DATABASE', 'MT_HAS_SNAPSHOTS', 'NO_RECOVERY_POINT']);
    for (const change of ['resumeReplication', 'addToConfigurationServer', 'takeRecoveryPoint'] as const) {
      expect((await changeFailbackVm(vault.vaultId, { itemId: item.id, change }, db())).ok).toBe(true);
    }
    expect((await changeMasterTarget(vault.vaultId, { masterTargetId: masterTarget.id, change: 'deleteSnapshots' }, db())).ok).toBe(true);
    expect(await failoverCodes(item.id)).toEqual([]);
  });

  it('sets a host’s free memory, within its memory', async () => {
    expect((await changeSite(vault.vaultId, { change: 'setHostFreeMemory', hostId: vault.hostId, freeMemoryGb: '2' }, db())).ok).toBe(true);
    expect((await db().esxiHost.findUniqueOrThrow({ where: { id: vault.hostId } })).freeMemoryGb).toBe(2);
    const refused = await refusedUnchanged(() => changeSite(vault.vaultId, { change: 'setHostFreeMemory', hostId: vault.hostId, freeMemoryGb: 9999 }, db()));
    expect(refused.error.fieldErrors.freeMemoryGb).toMatch(/256 GB of memory in all/);
    expect((await refusedUnchanged(() => changeSite(vault.vaultId, { change: 'setHostFreeMemory', hostId: vault.hostId, freeMemoryGb: -1 }, db()))).error.kind).toBe('invalid');
    await changeSite(vault.vaultId, { change: 'setHostFreeMemory', hostId: vault.hostId, freeMemoryGb: 128 }, db());
  });

  it('reboots a failed-back VM (its agent registers again later) and fast-forwards the registration', async () => {
    const item = await createReplicatedItem(db(), vault, { protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Primary' });
    expect((await changeFailbackVm(vault.vaultId, { itemId: item.id, change: 'rebootOnPremisesVm' }, db())).ok).toBe(true);
    const rebooted = await db().replicatedItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(rebooted.agentRegistered).toBe(false);
    expect(rebooted.agentRegistersAt!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect((await changeFailbackVm(vault.vaultId, { itemId: item.id, change: 'registerAgentNow' }, db())).ok).toBe(true);
    expect(await db().replicatedItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ agentRegistered: true, agentRegistersAt: null });
    const site = await getLabFailbackSite(vault.vaultId, db());
    expect(site.vms.map((vm) => vm.name)).toContain(item.friendlyName);
  });

  it('refuses a change that does not apply, and an item of another vault, writing nothing', async () => {
    const forward = await createReplicatedItem(db(), vault, { protectionState: 'Protected', activeLocation: 'Primary' });
    expect((await refusedUnchanged(() => changeFailbackVm(vault.vaultId, { itemId: forward.id, change: 'registerAgentNow' }, db()))).error.message).toMatch(/does not run on-premises after a failback/);
    const other = await createTestVault(db());
    const { item } = await reprotectedItem(db(), other);
    expect((await refusedUnchanged(() => changeFailbackVm(vault.vaultId, { itemId: item.id, change: 'stallReplication' }, db()))).error.kind).toBe('not-found');
  });
});
