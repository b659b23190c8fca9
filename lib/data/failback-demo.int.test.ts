import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { validateCommit } from './commit';
import { validateFailover } from './failover';
import { getReplicatedItemDetail } from './replicated-item-detail';
import { validateReprotectToAzure } from './reprotect-to-azure';
import { demoId } from './seed/demo-fabric';
import { seedDemoVault } from './seed/demo-vault';
import { tickRecoveryPoints } from '../jobs/recovery-points';

// The demo vault's VMs that the README names for each stage and refusal of the failback cycle.

let database: TestDatabase;
let vaultId: string;
const db = () => database.db;
const item = (name: string) => demoId('item', name);

beforeAll(async () => {
  database = await createTestDatabase();
  vaultId = (await seedDemoVault(database.db)).vaultId;
  // Items replicating back take their points from the runner, from its first tick on.
  await tickRecoveryPoints(database.db, { speed: 'realistic' });
});
afterAll(async () => {
  await database?.stop();
});

async function failoverBlockers(name: string) {
  const result = await validateFailover(vaultId, { itemId: item(name), direction: 'RecoveryToPrimary', recoveryPointType: 'LatestTime' }, db());
  if (!result.ok) throw new Error(result.error.message);
  return result.data.blockers.map((reason) => reason.code);
}

describe('the demo vault shows each stage and refusal of the failback cycle', () => {
  it('intranet-01 and mon-grafana-01 are ready to fail back', async () => {
    expect(await failoverBlockers('intranet-01')).toEqual([]);
    expect(await failoverBlockers('mon-grafana-01')).toEqual([]);
  });

  it.each([
    ['fb-nopoint-01', 'NO_RECOVERY_POINT'],
    ['fb-unhealthy-01', 'ITEM_HEALTH_NOT_OK'],
    ['fb-notincs-01', 'ITEM_NOT_IN_CS_DATABASE'],
    ['fb-mtsnap-01', 'MT_HAS_SNAPSHOTS'],
    ['fin-sql-01', 'ITEM_STATE_NOT_FAILOVER'],
  ])('%s is refused with %s, and only that', async (name, code) => {
    expect(await failoverBlockers(name)).toEqual([code]);
  });

  it('fb-bigmem-01 passes every check but needs more memory than its host has free: its failback fails with 8038', async () => {
    expect(await failoverBlockers('fb-bigmem-01')).toEqual([]);
    const vm = await db().replicatedItem.findUniqueOrThrow({ where: { id: item('fb-bigmem-01') }, include: { sourceHost: true } });
    expect(vm.memoryGb).toBeGreaterThan(vm.sourceHost!.freeMemoryGb);
  });

  it('fb-pending-01 waits for its commit, its Azure VM shut down; fb-committed-01 is ready for reprotect to Azure, fb-newboot-01 not quite', async () => {
    const pending = await getReplicatedItemDetail(vaultId, item('fb-pending-01'), db());
    expect(pending).toMatchObject({ allowedOperations: ['Commit'], azureVmExists: true, azureVmRunning: false, activeLocation: 'Primary' });
    expect(pending?.commitRemoves).toContain('Commit deletes the failed-over VM fb-pending-01-azure in Azure (now shut down)');
    const commit = await validateCommit(vaultId, { itemId: item('fb-pending-01') }, db());
    expect(commit.ok && commit.data.canSubmit).toBe(true);

    const ready = await validateReprotectToAzure(vaultId, { itemId: item('fb-committed-01'), direction: 'OnPremisesToAzure', processServerId: demoId('ps', 'cs-contoso-01') }, db());
    expect(ready.ok ? [ready.data.blockers, ready.data.warnings] : ready.error).toEqual([[], []]);
    const booting = await validateReprotectToAzure(vaultId, { itemId: item('fb-newboot-01'), direction: 'OnPremisesToAzure', processServerId: demoId('ps', 'cs-contoso-01') }, db());
    expect(booting.ok && booting.data.warnings.map((reason) => reason.code)).toEqual(['ITEM_AGENT_NOT_REGISTERED']);
  });
});
