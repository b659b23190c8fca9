import { beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, type TestVault } from '@/lib/data/seed/factories';
import { committedOnPremisesItem, reprotectedItem, reprotectedPlan } from '@/lib/jobs/cycle-test-kit';
import { createTestCaller } from '@/test/access';
import { armCalls, ITEM_ROUTE, operationJob, runUntilEnded, type ArmTestVault } from '@/test/arm-calls';
import type { TestDatabase } from '@/test/database';
import { setUpRouteDatabase } from '@/test/route-database';
import { labSnapshot } from '@/lib/data/lab-test-snapshot';

// The rest of the failback cycle through the automation API, as the SDK calls it:
// beginUnplannedFailover (RecoveryToPrimary), beginFailoverCommit and beginReprotect
// (PrimaryToRecovery) on a VM and on a recovery plan, each a long-running operation that
// follows its job to the item or plan, on the same rules as the blades (docs/failback-cycle.md).

const routeDatabase = setUpRouteDatabase();
let database: TestDatabase;
let testVault: TestVault;
let vault: ArmTestVault;
let operator: Record<string, string>;
const { base, call } = armCalls(() => vault, () => operator);
const db = () => database.db;

beforeAll(async () => {
  database = routeDatabase.current();
  testVault = await createTestVault(db());
  const row = await db().vault.findUniqueOrThrow({ where: { id: testVault.vaultId } });
  vault = { id: row.id, name: row.name, subscriptionId: row.subscriptionId, resourceGroup: row.resourceGroup };
  operator = (await createTestCaller(db(), { vaultId: row.id, role: 'Operator' })).headers;
}, 120_000);

const fabric = () => testVault.configurationServerId;

function itemCall(itemId: string, operation: string, body?: unknown) {
  const params = { fabricName: fabric(), protectionContainerName: `cloud_${fabric()}`, replicatedProtectedItemName: itemId };
  const path = `${base()}/replicationFabrics/${fabric()}/replicationProtectionContainers/cloud_${fabric()}/replicationProtectedItems/${itemId}/${operation}`;
  return call(`${ITEM_ROUTE}/${operation}`, 'POST', { path, params, body: body === undefined ? undefined : JSON.stringify(body) });
}

function planCall(planName: string, operation: string, body?: unknown) {
  const path = `${base()}/replicationRecoveryPlans/${planName}/${operation}`;
  return call(`replicationRecoveryPlans/[recoveryPlanName]/${operation}`, 'POST', { path, params: { recoveryPlanName: planName }, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Waits for the accepted operation's job, then reads its result (the item or the plan). */
async function finish(accepted: Awaited<ReturnType<typeof call>>, action: string) {
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
  const { jobName, location } = operationJob(accepted);
  expect(await runUntilEnded(db(), jobName)).toBe('Succeeded');
  return call('replicationJobs/[jobName]/operationResults/[action]', 'GET', { path: location.pathname, params: { jobName, action }, search: location.search });
}

const failback = (recoveryPointType?: string) => ({
  properties: { failoverDirection: 'RecoveryToPrimary', providerSpecificDetails: { instanceType: 'InMage', ...(recoveryPointType ? { recoveryPointType } : {}) } },
});
const toAzure = (processServerId: string) => ({ properties: { failoverDirection: 'PrimaryToRecovery', providerSpecificDetails: { instanceType: 'InMageAzureV2', processServerId } } });

describe('the failback cycle through the automation API', () => {
  it('fails a VM back, commits it and reprotects it to Azure, each operation following its job to the item', async () => {
    const { item } = await reprotectedItem(db(), testVault);
    const failedOver = await finish(await itemCall(item.id, 'unplannedFailover', failback('LatestTag')), 'unplannedFailover');
    expect(failedOver).toMatchObject({ status: 200, body: { name: item.id, properties: { activeLocation: 'Primary', allowedOperations: ['Commit'] } } });

    const committed = await finish(await itemCall(item.id, 'failoverCommit'), 'failoverCommit');
    expect(committed).toMatchObject({ status: 200, body: { properties: { protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Primary', allowedOperations: ['ReverseReplicate'] } } });

    // Its agent registers with the configuration server a while after the boot.
    await db().replicatedItem.update({ where: { id: item.id }, data: { agentRegistered: true, agentRegistersAt: null } });
    const processServer = `${base()}/replicationFabrics/${fabric()}/processServers/${testVault.onPremProcessServerId}`;
    const protectedToAzure = await finish(await itemCall(item.id, 'reProtect', toAzure(processServer)), 'reProtect');
    expect(protectedToAzure).toMatchObject({ status: 200, body: { properties: { protectionState: 'Protected', activeLocation: 'Primary' } } });
  });

  it('refuses what the rules or the shapes refuse with the code that says why, and starts nothing', async () => {
    const { item: pointless } = await reprotectedItem(db(), testVault);
    await db().recoveryPoint.deleteMany({ where: { itemId: pointless.id } });
    const committed = await committedOnPremisesItem(db(), testVault, { agentRegistered: true });
    const before = await labSnapshot(db(), testVault.vaultId);
    const jobsBefore = await db().job.count();
    const failedBefore = await db().activityLogEntry.count({ where: { vaultId: testVault.vaultId, result: 'Failed' } });

    expect(await itemCall(pointless.id, 'unplannedFailover', failback())).toMatchObject({ status: 400, body: { error: { code: 'NO_RECOVERY_POINT' } } });
    const custom = await itemCall(pointless.id, 'unplannedFailover', { properties: { ...failback().properties, providerSpecificDetails: { instanceType: 'InMage', recoveryPointType: 'Custom', recoveryPointId: 'x' } } });
    expect(custom).toMatchObject({ status: 400, body: { error: { code: 'InvalidRequestContent' } } });
    const wayRound = await itemCall(pointless.id, 'unplannedFailover', { properties: { failoverDirection: 'PrimaryToRecovery' } });
    expect(wayRound).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/invalid|not valid/i) } } });
    expect(JSON.stringify(wayRound.body)).toContain('RecoveryToPrimary');

    expect(await itemCall(pointless.id, 'failoverCommit')).toMatchObject({ status: 400 });
    expect(await itemCall(committed.id, 'reProtect', toAzure(testVault.azureProcessServerId))).toMatchObject({ status: 400, body: { error: { code: 'PS_NOT_ON_PREMISES' } } });
    expect(await itemCall('no-such-item', 'failoverCommit')).toMatchObject({ status: 404, body: { error: { code: 'ResourceNotFound' } } });
    expect(await db().job.count()).toBe(jobsBefore);
    expect(await labSnapshot(db(), testVault.vaultId)).toEqual(before);
    // Each refusal of the rules and the unknown item are on record; malformed bodies are refused before any write is tried.
    expect(await db().activityLogEntry.count({ where: { vaultId: testVault.vaultId, result: 'Failed' } })).toBe(failedBefore + 4);
  });

  it('takes a recovery plan around the rest of the cycle, its reprotect going to Azure once the plan was committed on-premises', async () => {
    const { planName, itemIds } = await reprotectedPlan(db(), testVault);
    const nothingToCommit = await planCall(planName, 'failoverCommit');
    expect(nothingToCommit).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(new RegExp(`^No machine of ${planName} has a failover to commit`)) } } });

    const failedOver = await finish(await planCall(planName, 'unplannedFailover', { properties: { failoverDirection: 'RecoveryToPrimary', sourceSiteOperations: 'NotRequired' } }), 'unplannedFailover');
    expect(failedOver).toMatchObject({ status: 200, body: { name: planName } });
    await finish(await planCall(planName, 'failoverCommit'), 'failoverCommit');
    const machines = await db().replicatedItem.findMany({ where: { id: { in: itemIds } } });
    expect(machines.map((machine) => [machine.protectionState, machine.activeLocation])).toEqual(itemIds.map(() => ['UnplannedFailoverCommitted', 'Primary']));

    await db().replicatedItem.updateMany({ where: { id: { in: itemIds } }, data: { agentRegistered: true, agentRegistersAt: null } });
    await finish(await planCall(planName, 'reProtect'), 'reProtect');
    const protectedToAzure = await db().replicatedItem.findMany({ where: { id: { in: itemIds } } });
    expect(protectedToAzure.map((machine) => [machine.protectionState, machine.activeLocation, machine.processServerId])).toEqual(
      itemIds.map(() => ['Protected', 'Primary', testVault.onPremProcessServerId]),
    );
  });
});
