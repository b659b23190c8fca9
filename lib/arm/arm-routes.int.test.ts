import { beforeAll, describe, expect, it } from 'vitest';
import { createTestCaller } from '@/test/access';
import { databaseSnapshot } from '@/test/database-snapshot';
import type { TestDatabase } from '@/test/database';
import { inMageReprotectDetails } from '../../test/arm-reprotect-input';
import { setUpRouteDatabase } from '@/test/route-database';
import { seedDemoVaultCopy } from '@/lib/data/seed/demo-vault';
import { firstAcceptedReprotect } from '@/lib/data/reprotect-choices';
import { armCalls, ITEM_ROUTE, operationJob, runUntilEnded, type ArmTestVault } from '@/test/arm-calls';

// The automation API end to end through its route handlers, on a demo vault: versions,
// paths, errors in ARM's shape, a reprotect as a long-running operation that follows its
// job to the item, lists with $filter and nextLink, and policies.

const routeDatabase = setUpRouteDatabase();
let database: TestDatabase;
let vault: ArmTestVault;
let fabric: string;
let operator: Record<string, string>;
let contributor: Record<string, string>;
const { base, call } = armCalls(() => vault, () => operator);

async function reprotectBody(itemName: string, overrides: Record<string, unknown> = {}) {
  const { db } = database;
  const item = await db.replicatedItem.findFirstOrThrow({ where: { vaultId: vault.id, friendlyName: itemName }, include: { forwardPolicy: { include: { failbackPolicy: true } } } });
  const input = (await firstAcceptedReprotect(item.id, db))!;
  const details = { ...(await inMageReprotectDetails(db, input, item.forwardPolicy.failbackPolicy!.friendlyName)), ...overrides };
  const params = { fabricName: fabric, protectionContainerName: `cloud_${fabric}`, replicatedProtectedItemName: item.id };
  return { item, params, path: `${base()}/replicationFabrics/${fabric}/replicationProtectionContainers/cloud_${fabric}/replicationProtectedItems/${item.id}/reProtect`, body: JSON.stringify({ properties: { failoverDirection: 'RecoveryToPrimary', providerSpecificDetails: details } }) };
}

beforeAll(async () => {
  database = routeDatabase.current();
  const { db } = database;
  const name = 'arm-tests';
  const id = await seedDemoVaultCopy(db, name);
  const row = await db.vault.findUniqueOrThrow({ where: { id } });
  vault = { id, name, subscriptionId: row.subscriptionId, resourceGroup: row.resourceGroup };
  fabric = (await db.configurationServer.findFirstOrThrow({ where: { vaultId: id } })).id;
  operator = (await createTestCaller(db, { vaultId: id, role: 'Operator' })).headers;
  contributor = (await createTestCaller(db, { vaultId: id, role: 'Contributor' })).headers;
}, 120_000);

describe('the automation API', () => {
  it('requires a supported api-version and answers with the supported list', async () => {
    const missing = await call('replicationFabrics', 'GET', { path: `${base()}/replicationFabrics`, search: '' });
    expect(missing).toMatchObject({ status: 400, body: { error: { code: 'MissingApiVersionParameter' } } });
    const unknown = await call('replicationFabrics', 'GET', { path: `${base()}/replicationFabrics`, search: '?api-version=2016-08-10' });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'InvalidApiVersionParameter', message: expect.stringContaining("'2023-06-01'") } } });
    expect((await call('replicationFabrics', 'GET', { path: `${base()}/replicationFabrics`, search: '?api-version=2025-01-01' })).status).toBe(200);
  });

  it('finds the vault only under its own subscription and resource group', async () => {
    const wrong = await call('replicationFabrics', 'GET', { path: `${base()}/replicationFabrics`, params: { resourceGroupName: 'other-rg' } });
    expect(wrong).toMatchObject({ status: 404, body: { error: { code: 'ResourceNotFound' } } });
    const cased = await call('replicationFabrics', 'GET', { path: `${base()}/replicationFabrics`, params: { resourceGroupName: vault.resourceGroup.toUpperCase() } });
    expect(cased.status).toBe(200);
    const noItem = await call(ITEM_ROUTE, 'GET', { path: base(), params: { fabricName: fabric, protectionContainerName: `cloud_${fabric}`, replicatedProtectedItemName: 'nope' } });
    expect(noItem).toMatchObject({ status: 404, body: { error: { code: 'ResourceNotFound' } } });
  });

  it('refuses malformed JSON and invalid input with 400, writing nothing', async () => {
    const { params, path } = await reprotectBody('dc-01');
    const before = await databaseSnapshot(database.db, vault.id);
    const malformed = await call(`${ITEM_ROUTE}/reProtect`, 'POST', { path, params, body: '{"properties":' });
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'InvalidRequestContent' } } });
    const wrongDirection = await call(`${ITEM_ROUTE}/reProtect`, 'POST', { path, params, body: JSON.stringify({ properties: { failoverDirection: 'Sideways', providerSpecificDetails: {} } }) });
    expect(wrongDirection).toMatchObject({ status: 400, body: { error: { code: 'InvalidRequestContent', details: expect.arrayContaining([expect.objectContaining({ target: 'properties.failoverDirection' })]) } } });
    const toAzureWithoutDetails = await call(`${ITEM_ROUTE}/reProtect`, 'POST', { path, params, body: JSON.stringify({ properties: { failoverDirection: 'PrimaryToRecovery', providerSpecificDetails: {} } }) });
    expect(toAzureWithoutDetails).toMatchObject({ status: 400, body: { error: { code: 'InvalidRequestContent', details: expect.arrayContaining([expect.objectContaining({ target: 'properties.providerSpecificDetails.instanceType' })]) } } });
    const { body: otherProfile } = await reprotectBody('dc-01', { profileId: 'some-other-policy' });
    const profile = await call(`${ITEM_ROUTE}/reProtect`, 'POST', { path, params, body: otherProfile });
    expect(profile).toMatchObject({ status: 400, body: { error: { target: 'properties.providerSpecificDetails.profileId' } } });
    expect(await databaseSnapshot(database.db, vault.id)).toBe(before);
  });

  it('refuses a reprotect the rules refuse with each reason, its code and its target, and records the refusal', async () => {
    const linux = await database.db.masterTargetServer.findFirstOrThrow({ where: { vaultId: vault.id, name: 'mt-lnx-01' } });
    const { params, path, body } = await reprotectBody('dc-01', { masterTargetId: linux.id, retentionDrive: 'Q:' });
    const refused = await call(`${ITEM_ROUTE}/reProtect`, 'POST', { path, params, body });
    expect(refused.status).toBe(400);
    const error = refused.body!.error as { code: string; target: string; details: Array<{ code: string; target: string }> };
    expect(error.code).toBe('MT_OS_MISMATCH');
    expect(error.target).toBe('properties.providerSpecificDetails.masterTargetId');
    expect(error.details).toContainEqual(expect.objectContaining({ code: 'SELECTION_UNKNOWN', target: 'properties.providerSpecificDetails.retentionDrive' }));
    const entry = await database.db.activityLogEntry.findFirstOrThrow({ where: { vaultId: vault.id, operation: 'replicatedItem.reprotect' }, orderBy: { time: 'desc' } });
    expect(entry).toMatchObject({ result: 'Failed', tokenName: 'tests' });
  });

  it('reprotects as a long-running operation that follows its job to the protected item', async () => {
    const { item, params, path, body } = await reprotectBody('dc-02');
    const accepted = await call(`${ITEM_ROUTE}/reProtect`, 'POST', { path, params, body });
    expect(accepted.status).toBe(202);
    const { jobName, status, location } = operationJob(accepted);
    expect(accepted.headers.get('retry-after')).toMatch(/^\d+$/);
    const operationParams = { jobName, action: 'reProtect' };

    const again = await call(`${ITEM_ROUTE}/reProtect`, 'POST', { path, params, body });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'ITEM_OPERATION_IN_PROGRESS' } } });

    const running = await call('replicationJobs/[jobName]/operationStatus/[action]', 'GET', { path: status.pathname, params: operationParams, search: status.search });
    expect(running.body).toMatchObject({ name: jobName, status: 'InProgress' });
    expect((await call('replicationJobs/[jobName]/operationResults/[action]', 'GET', { path: location.pathname, params: operationParams, search: location.search })).status).toBe(202);

    expect(await runUntilEnded(database.db, jobName)).toBe('Succeeded');
    const done = await call('replicationJobs/[jobName]/operationStatus/[action]', 'GET', { path: status.pathname, params: operationParams, search: status.search });
    expect(done.body).toMatchObject({ status: 'Succeeded' });
    const result = await call('replicationJobs/[jobName]/operationResults/[action]', 'GET', { path: location.pathname, params: operationParams, search: location.search });
    expect(result).toMatchObject({ status: 200, body: { name: item.id, properties: { protectionState: 'Protected', allowedOperations: ['UnplannedFailover'] } } });
    const job = await call('replicationJobs/[jobName]', 'GET', { path: `${base()}/replicationJobs/${jobName}`, params: { jobName } });
    expect(job.body).toMatchObject({ properties: { state: 'Succeeded', targetObjectName: 'dc-02', tasks: expect.arrayContaining([expect.objectContaining({ state: 'Succeeded' })]) } });
  });

  it("refuses a plan's reprotect when no values fit a machine, saying which and why, and starts nothing", async () => {
    const jobsBefore = await database.db.job.count({ where: { vaultId: vault.id } });
    const refused = await call('replicationRecoveryPlans/[recoveryPlanName]/reProtect', 'POST', { path: `${base()}/replicationRecoveryPlans/rp-web-tier/reProtect`, params: { recoveryPlanName: 'rp-web-tier' } });
    expect(refused.status).toBe(400);
    const error = refused.body!.error as { code: string; message: string; details: Array<{ code: string }> };
    expect(error.message).toMatch(/^No values the rules accept were found for 1 machine of rp-web-tier\. web-/);
    expect(error.code).toBe(error.details[0]!.code);
    expect(error.code).not.toBe('InvalidRequestContent');
    const missing = await call('replicationRecoveryPlans/[recoveryPlanName]/reProtect', 'POST', { path: `${base()}/replicationRecoveryPlans/nope/reProtect`, params: { recoveryPlanName: 'nope' } });
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'ResourceNotFound' } } });
    expect(await database.db.job.count({ where: { vaultId: vault.id } })).toBe(jobsBefore);
    const entry = await database.db.activityLogEntry.findFirstOrThrow({ where: { vaultId: vault.id, operation: 'recoveryPlan.reprotect', targetName: 'rp-web-tier' } });
    expect(entry).toMatchObject({ result: 'Failed', reason: error.message });
  });

  it('pages lists with nextLink and filters them', async () => {
    const first = await call('replicationProtectedItems', 'GET', { path: `${base()}/replicationProtectedItems`, search: '?api-version=2023-06-01&$top=20' });
    expect((first.body!.value as unknown[]).length).toBe(20);
    const next = new URL(first.body!.nextLink as string);
    const second = await call('replicationProtectedItems', 'GET', { path: next.pathname, search: next.search });
    const names = (page: typeof first) => (page.body!.value as Array<{ properties: { friendlyName: string } }>).map((item) => item.properties.friendlyName);
    expect(names(second).length).toBeGreaterThan(0);
    expect(names(second).some((name) => names(first).includes(name))).toBe(false);

    // Jobs page by keyset: walking nextLink three at a time meets every job once, newest first.
    const jobNames = (page: typeof first) => (page.body!.value as Array<{ name: string }>).map((job) => job.name);
    const all = jobNames(await call('replicationJobs', 'GET', { path: `${base()}/replicationJobs`, search: '?api-version=2023-06-01&$top=1000' }));
    expect(all.length).toBeGreaterThan(6);
    const walked: string[] = [];
    let link: string | undefined = `http://portal${base()}/replicationJobs?api-version=2023-06-01&$top=3`;
    while (link) {
      const url: URL = new URL(link);
      const page = await call('replicationJobs', 'GET', { path: url.pathname, search: url.search });
      walked.push(...jobNames(page));
      link = page.body!.nextLink as string | undefined;
    }
    expect(walked).toEqual(all);

    const failed = await call('replicationJobs', 'GET', { path: `${base()}/replicationJobs`, search: `?api-version=2023-06-01&$filter=${encodeURIComponent("jobStatus eq 'Failed' and affectedObjectTypes eq 'ReplicationProtectedItem'")}` });
    const jobs = failed.body!.value as Array<{ properties: { state: string; targetInstanceType: string } }>;
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((job) => job.properties.state === 'Failed' && job.properties.targetInstanceType === 'ProtectionEntity')).toBe(true);
    const future = await call('replicationJobs', 'GET', { path: `${base()}/replicationJobs`, search: `?api-version=2023-06-01&$filter=${encodeURIComponent("startTime eq '2999-01-01T00:00:00Z'")}` });
    expect(future.body!.value).toEqual([]);
    const bad = await call('replicationJobs', 'GET', { path: `${base()}/replicationJobs`, search: `?api-version=2023-06-01&$filter=${encodeURIComponent("owner eq 'me'")}` });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'InvalidQueryParameterValue', target: '$filter' } } });
  });

  it('creates a forward policy with its failback policy, refuses a name in use and any change to the failback policy', async () => {
    const policyPath = (name: string) => `${base()}/replicationPolicies/${name}`;
    const input = JSON.stringify({ properties: { providerSpecificInput: { instanceType: 'InMage', recoveryPointThresholdInMinutes: 30, recoveryPointHistory: 720, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: 'Disabled' } } });
    const created = await call('replicationPolicies/[policyName]', 'PUT', { path: policyPath('api-policy'), params: { policyName: 'api-policy' }, headers: contributor, body: input });
    expect(created).toMatchObject({ status: 201, body: { name: 'api-policy', properties: { providerSpecificDetails: { recoveryPointHistory: 720, multiVmSyncStatus: 'Disabled' } } } });
    const failback = await call('replicationPolicies/[policyName]', 'GET', { path: policyPath('api-policy-failback'), params: { policyName: 'api-policy-failback' } });
    expect(failback.body).toMatchObject({ properties: { providerSpecificDetails: { recoveryPointThresholdInMinutes: 15, recoveryPointHistory: 1440 } } });
    const twice = await call('replicationPolicies/[policyName]', 'PUT', { path: policyPath('api-policy'), params: { policyName: 'api-policy' }, headers: contributor, body: input });
    expect(twice.status).toBe(409);
    const outOfRange = await call('replicationPolicies/[policyName]', 'PUT', {
      path: policyPath('api-policy-2'),
      params: { policyName: 'api-policy-2' },
      headers: contributor,
      body: input.replace('"recoveryPointThresholdInMinutes":30', '"recoveryPointThresholdInMinutes":5'),
    });
    expect(outOfRange).toMatchObject({ status: 400, body: { error: { details: [expect.objectContaining({ target: 'properties.providerSpecificInput.recoveryPointThresholdInMinutes' })] } } });
    const change = JSON.stringify({ properties: { replicationProviderSettings: { instanceType: 'InMage', recoveryPointThresholdInMinutes: 45 } } });
    const refused = await call('replicationPolicies/[policyName]', 'PATCH', { path: policyPath('api-policy-failback'), params: { policyName: 'api-policy-failback' }, headers: contributor, body: change });
    expect(refused).toMatchObject({ status: 409, body: { error: { message: expect.stringMatching(/not editable/) } } });
    const changed = await call('replicationPolicies/[policyName]', 'PATCH', { path: policyPath('api-policy'), params: { policyName: 'api-policy' }, headers: contributor, body: change });
    expect(changed).toMatchObject({ status: 200, body: { properties: { providerSpecificDetails: { recoveryPointThresholdInMinutes: 45, recoveryPointHistory: 720 } } } });
  });
});
