import type { SiteRecoveryManagementClient } from '@azure/arm-recoveryservices-siterecovery';
import { isRestError, type RestError } from '@azure/core-rest-pipeline';
import { expect } from '@playwright/test';
import { test } from './demo-vault';
import { DEMO_VAULT } from '../lib/data/seed/demo-fabric';
import { accessTokenOf, collect, RESOURCE_GROUP, siteRecoveryClient } from './arm-client';

// Automation written against Azure drives the portal: the official SDK lists the fabric,
// reprotects, follows jobs and changes policies through the automation API, with a
// token made on the Access tokens page. Each test works on a demo vault of its own.

let operatorToken: string;
let readerToken: string;
/** Policies are a Contributor's to change. */
let contributorToken: string;

test.beforeAll(async ({ browser }, info) => {
  const baseURL = info.project.use.baseURL!;
  operatorToken = await accessTokenOf(browser, baseURL, 'Operator');
  readerToken = await accessTokenOf(browser, baseURL, 'Reader');
  contributorToken = await accessTokenOf(browser, baseURL, 'Contributor');
});

function clientFor(baseURL: string | undefined, token = operatorToken): SiteRecoveryManagementClient {
  return siteRecoveryClient(baseURL!, token);
}

/** A demo VM: the path the SDK names it by, the item, and the servers of its fabric. */
async function demoVm(client: SiteRecoveryManagementClient, vault: string, vmName: string) {
  const [fabric] = await collect(client.replicationFabrics.list(vault, RESOURCE_GROUP));
  const [container] = await collect(client.replicationProtectionContainers.listByReplicationFabrics(vault, RESOURCE_GROUP, fabric!.name!));
  const [item] = await collect(client.replicationProtectedItems.list(vault, RESOURCE_GROUP, { filter: `friendlyName eq '${vmName}'` }));
  const servers = fabric!.properties!.customDetails as { masterTargetServers: Array<{ id: string; name: string }>; processServers: Array<{ id: string; friendlyName: string }> };
  return { path: [vault, RESOURCE_GROUP, fabric!.name!, container!.name!, item!.name!] as const, item: item!, servers };
}

/** The path of a demo VM and the values the blade would accept for it (its failback policy found through the API). */
async function reprotectPlan(client: SiteRecoveryManagementClient, vault: string, vmName: string, masterTarget = 'mt-win-02') {
  const { path, item, servers } = await demoVm(client, vault, vmName);
  const forward = item.properties!.policyFriendlyName!;
  return {
    path,
    input: {
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        providerSpecificDetails: {
          instanceType: 'InMage' as const,
          masterTargetId: servers.masterTargetServers.find((mt) => mt.name === masterTarget)!.id,
          processServerId: servers.processServers.find((ps) => ps.friendlyName === 'cs-contoso-01')!.id,
          retentionDrive: 'R:',
          datastoreName: 'ds-vmfs-02',
          profileId: (await client.replicationPolicies.get(vault, RESOURCE_GROUP, `${forward}-failback`)).name!,
        },
      },
    },
  };
}

test('lists the VMware fabric, its container and its replicated items', async ({ vault, baseURL }) => {
  const client = clientFor(baseURL);
  const fabrics = await collect(client.replicationFabrics.list(vault.name, RESOURCE_GROUP));
  expect(fabrics).toHaveLength(1);
  const details = fabrics[0]!.properties!.customDetails as { instanceType: string; masterTargetServers: Array<Record<string, unknown>>; processServers: Array<Record<string, unknown>> };
  expect(details.instanceType).toBe('VMware');
  const mt = details.masterTargetServers.find((server) => server.name === 'mt-win-02')!;
  expect(mt).toMatchObject({ osType: 'Windows', versionStatus: 'Supported' });
  expect(mt.retentionVolumes).toContainEqual(expect.objectContaining({ volumeName: 'R:', capacityInBytes: expect.any(Number), freeSpaceInBytes: expect.any(Number) }));
  expect(mt.dataStores).toContainEqual(expect.objectContaining({ symbolicName: 'ds-vmfs-02', type: 'VMFS' }));
  expect(details.processServers.map((ps) => ps.friendlyName)).toContain('ps-azure-weu-01');

  const fabricName = fabrics[0]!.name!;
  const vcenters = await collect(client.replicationvCenters.listByReplicationFabrics(vault.name, RESOURCE_GROUP, fabricName));
  expect(vcenters.map((vc) => vc.properties?.friendlyName)).toContain('vcenter-contoso-01');
  const containers = await collect(client.replicationProtectionContainers.listByReplicationFabrics(vault.name, RESOURCE_GROUP, fabricName));
  expect(containers).toHaveLength(1);
  const items = await collect(client.replicationProtectedItems.listByReplicationProtectionContainers(vault.name, RESOURCE_GROUP, fabricName, containers[0]!.name!));
  expect(items.length).toBeGreaterThan(40);
  const dc02 = items.find((item) => item.properties?.friendlyName === 'dc-02')!;
  expect(dc02.properties).toMatchObject({ protectionState: 'UnplannedFailoverCommitted', protectionStateDescription: 'Failover committed', activeLocation: 'Recovery', allowedOperations: ['ReverseReplicate'] });
  // Failed over to Azure with the commit pending: Commit is what it allows, not Re-Protect.
  const pending = items.find((item) => item.properties?.friendlyName === 'crm-app-01')!;
  expect(pending.properties?.allowedOperations).toEqual(['Commit']);

  const protectedOnly = await collect(client.replicationProtectedItems.list(vault.name, RESOURCE_GROUP, { filter: "protectionState eq 'Protected'" }));
  expect(protectedOnly.length).toBeGreaterThan(0);
  expect(protectedOnly.every((item) => item.properties?.protectionState === 'Protected')).toBe(true);
});

test('reprotects a VM and waits for it: the job succeeded and the VM is protected', async ({ vault, baseURL }) => {
  const client = clientFor(baseURL);
  const { path, input } = await reprotectPlan(client, vault.name, 'dc-02');
  const item = await client.replicationProtectedItems.beginReprotectAndWait(...path, input, { updateIntervalInMs: 500 });
  expect(item.properties).toMatchObject({ friendlyName: 'dc-02', protectionState: 'Protected', policyFriendlyName: input.properties.providerSpecificDetails.profileId });

  const jobId = item.properties!.currentScenario?.jobId ?? (await collect(client.replicationJobs.list(vault.name, RESOURCE_GROUP, { filter: "jobName eq 'ReverseReplication'" }))).find((job) => job.properties?.targetObjectName === 'dc-02')!.name!;
  const job = await client.replicationJobs.get(vault.name, RESOURCE_GROUP, jobId.split('/').at(-1)!);
  expect(job.properties).toMatchObject({ state: 'Succeeded', targetObjectName: 'dc-02', scenarioName: 'ReverseReplication' });
  expect(job.properties!.tasks!.every((task) => task.state === 'Succeeded')).toBe(true);
  const again = await client.replicationProtectedItems.get(...path);
  expect(again.properties?.protectionState).toBe('Protected');
});

test('a refused reprotect is the SDK\'s RestError with the rule\'s code and message', async ({ vault, baseURL }) => {
  const client = clientFor(baseURL);
  const { path, input } = await reprotectPlan(client, vault.name, 'dc-02', 'mt-lnx-01');
  const error = await client.replicationProtectedItems.beginReprotectAndWait(...path, input).catch((caught: unknown) => caught);
  expect(isRestError(error), String(error)).toBe(true);
  const rest = error as RestError;
  expect(rest.statusCode).toBe(400);
  // The error is named by the first rule that refuses, and lists every one with the field it is about.
  const body = (JSON.parse(rest.response!.bodyAsText!) as { error: { code: string; message: string; details: Array<{ code: string; message: string; target?: string }> } }).error;
  expect(rest.code).toBe(body.code);
  expect(rest.code).toBe(body.details[0]!.code);
  expect(rest.message).toBe(body.message);
  expect(body.details).toContainEqual(
    expect.objectContaining({ code: 'MT_OS_MISMATCH', target: 'properties.providerSpecificDetails.masterTargetId', message: expect.stringContaining('mt-lnx-01') }),
  );
  const item = await client.replicationProtectedItems.get(...path);
  expect(item.properties?.protectionState).toBe('UnplannedFailoverCommitted');
});

test('a Reader token gets 403 on reProtect and nothing is written', async ({ vault, baseURL }) => {
  const reader = clientFor(baseURL, readerToken);
  const { path, input } = await reprotectPlan(reader, vault.name, 'dc-02');
  const before = await collect(reader.replicationJobs.list(vault.name, RESOURCE_GROUP));
  const error = await reader.replicationProtectedItems.beginReprotectAndWait(...path, input).catch((caught: unknown) => caught);
  expect(isRestError(error), String(error)).toBe(true);
  expect((error as RestError).statusCode).toBe(403);
  expect((error as RestError).code).toBe('AuthorizationFailed');
  expect((await reader.replicationProtectedItems.get(...path)).properties?.protectionState).toBe('UnplannedFailoverCommitted');
  expect(await collect(reader.replicationJobs.list(vault.name, RESOURCE_GROUP))).toHaveLength(before.length);
});

test('cancels a running reprotect job', async ({ vault, baseURL }) => {
  const client = clientFor(baseURL);
  const { path, input } = await reprotectPlan(client, vault.name, 'erp-app-01');
  const poller = await client.replicationProtectedItems.beginReprotect(...path, input);
  const started = await client.replicationProtectedItems.get(...path);
  const jobName = started.properties!.currentScenario!.jobId!.split('/').at(-1)!;
  expect(poller.isDone()).toBe(false);
  const job = await client.replicationJobs.beginCancelAndWait(vault.name, RESOURCE_GROUP, jobName, { updateIntervalInMs: 500 });
  expect(job.properties?.state).toBe('Cancelled');
  expect((await client.replicationProtectedItems.get(...path)).properties?.protectionState).toBe('UnplannedFailoverCommitted');
});

test('restarts the failed 78093 job after the Azure VM is started in the site lab', async ({ vault, baseURL, page }) => {
  const client = clientFor(baseURL);
  const failed = await collect(client.replicationJobs.list(vault.name, RESOURCE_GROUP, { filter: "jobStatus eq 'Failed' and affectedObjectTypes eq 'ReplicationProtectedItem'" }));
  const stopped = failed.find((job) => job.properties?.targetObjectName === 'app-stopped-01')!;
  const detail = await client.replicationJobs.get(vault.name, RESOURCE_GROUP, stopped.name!);
  expect(detail.properties?.errors?.[0]?.providerErrorDetails?.errorCode).toBe(78093);
  expect(detail.properties?.allowedActions).toEqual(['Restart']);

  await page.goto(`/lab/${vault.name}`);
  await page.getByRole('textbox', { name: 'Filter VMs by name' }).fill('app-stopped-01');
  await page.getByRole('row', { name: 'app-stopped-01' }).getByRole('button', { name: 'Start Azure VM' }).click();
  await expect(page.getByRole('row', { name: 'app-stopped-01' }).getByRole('button', { name: 'Stop Azure VM' })).toBeVisible();

  const restarted = await client.replicationJobs.beginRestartAndWait(vault.name, RESOURCE_GROUP, stopped.name!, { updateIntervalInMs: 500 });
  expect(restarted.properties).toMatchObject({ state: 'Succeeded', targetObjectName: 'app-stopped-01' });
});

test('reprotects a recovery plan: every machine that failed over, with values the rules accept', async ({ vault, baseURL }) => {
  const client = clientFor(baseURL);
  const plan = await client.replicationRecoveryPlans.get(vault.name, RESOURCE_GROUP, 'rp-finance');
  expect(plan.properties?.allowedOperations).toEqual(['ReverseReplicate']);
  const done = await client.replicationRecoveryPlans.beginReprotectAndWait(vault.name, RESOURCE_GROUP, 'rp-finance', { updateIntervalInMs: 500 });
  expect(done.properties).toMatchObject({ currentScenarioStatus: 'Succeeded', allowedOperations: [] });
  const members = done.properties!.groups!.flatMap((group) => group.replicationProtectedItems ?? []);
  expect(members).toHaveLength(5);
  const items = await collect(client.replicationProtectedItems.list(vault.name, RESOURCE_GROUP, { filter: "protectionState eq 'Protected' and activeLocation eq 'Recovery'" }));
  for (const name of ['fin-sql-01', 'fin-app-01', 'fin-web-01', 'fin-report-01', 'fin-batch-01']) {
    expect(items.map((item) => item.properties?.friendlyName)).toContain(name);
  }
});

test('fails a VM back from Azure and commits it, and reprotects a VM committed on-premises to Azure, as the SDK names them', async ({ vault, baseURL, database }) => {
  const client = clientFor(baseURL);
  const wait = { updateIntervalInMs: 500 };
  // intranet-01 replicates back to on-premises: the runner takes its points on the failback
  // policy's cadence, the first soon after this copy of the vault was made.
  const points = () => database.recoveryPoint.count({ where: { item: { friendlyName: 'intranet-01', vault: { name: vault.name } } } });
  await expect.poll(points, { timeout: 60_000 }).toBeGreaterThan(0);
  const intranet = await demoVm(client, vault.name, 'intranet-01');
  const failover = { properties: { failoverDirection: 'RecoveryToPrimary', providerSpecificDetails: { instanceType: 'InMage' as const, recoveryPointType: 'LatestTime' } } };
  const failedBack = await client.replicationProtectedItems.beginUnplannedFailoverAndWait(...intranet.path, failover, wait);
  expect(failedBack.properties).toMatchObject({ friendlyName: 'intranet-01', activeLocation: 'Primary', allowedOperations: ['Commit'] });
  const committed = await client.replicationProtectedItems.beginFailoverCommitAndWait(...intranet.path, wait);
  expect(committed.properties).toMatchObject({ friendlyName: 'intranet-01', protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Primary' });

  // fb-committed-01 was committed on-premises earlier, and its agent has registered since.
  const committedEarlier = await demoVm(client, vault.name, 'fb-committed-01');
  const onPremises = committedEarlier.servers.processServers.find((ps) => ps.friendlyName === 'cs-contoso-01')!.id;
  const toAzure = { properties: { failoverDirection: 'PrimaryToRecovery', providerSpecificDetails: { instanceType: 'InMageAzureV2' as const, processServerId: onPremises } } };
  const protectedToAzure = await client.replicationProtectedItems.beginReprotectAndWait(...committedEarlier.path, toAzure, wait);
  expect(protectedToAzure.properties).toMatchObject({ friendlyName: 'fb-committed-01', protectionState: 'Protected', activeLocation: 'Primary' });
});

test('creates a policy and finds its failback policy, which refuses any change', async ({ vault, baseURL }) => {
  const client = clientFor(baseURL, contributorToken);
  const created = await client.replicationPolicies.beginCreateAndWait(vault.name, RESOURCE_GROUP, 'sdk-policy', {
    properties: {
      providerSpecificInput: { instanceType: 'InMage', recoveryPointThresholdInMinutes: 30, recoveryPointHistory: 2880, appConsistentFrequencyInMinutes: 120, multiVmSyncStatus: 'Enabled' },
    },
  });
  expect(created.properties?.providerSpecificDetails).toMatchObject({ instanceType: 'InMage', recoveryPointHistory: 2880 });
  const policies = await collect(client.replicationPolicies.list(vault.name, RESOURCE_GROUP));
  const failback = policies.find((policy) => policy.name === 'sdk-policy-failback')!;
  expect(failback.properties?.providerSpecificDetails).toMatchObject({ recoveryPointThresholdInMinutes: 15, recoveryPointHistory: 1440, appConsistentFrequencyInMinutes: 60 });

  const error = await client.replicationPolicies
    .beginUpdateAndWait(vault.name, RESOURCE_GROUP, 'sdk-policy-failback', { properties: { replicationProviderSettings: { instanceType: 'InMage', recoveryPointThresholdInMinutes: 30, multiVmSyncStatus: 'Enabled' } } })
    .catch((caught: unknown) => caught);
  expect(isRestError(error), String(error)).toBe(true);
  expect((error as RestError).statusCode).toBe(409);
  expect((error as RestError).message).toMatch(/failback policy is not editable/);
  const unchanged = await client.replicationPolicies.get(vault.name, RESOURCE_GROUP, 'sdk-policy-failback');
  expect(unchanged.properties?.providerSpecificDetails).toMatchObject({ recoveryPointThresholdInMinutes: 15 });
});

test("the vault's Essentials show the subscription and resource group, and its JSON view the resource id the API's paths start with", async ({ vault, page }) => {
  await page.goto(vault.overview);
  const essentials = page.getByRole('region', { name: 'Essentials' });
  await expect(essentials).toContainText(RESOURCE_GROUP);
  await expect(essentials).toContainText(DEMO_VAULT.subscriptionId);
  await essentials.getByRole('button', { name: 'JSON View' }).click();
  const blade = page.getByRole('dialog', { name: 'Resource JSON' });
  await expect(blade.getByRole('textbox', { name: 'Resource ID' })).toHaveValue(
    `/subscriptions/${DEMO_VAULT.subscriptionId}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.RecoveryServices/vaults/${vault.name}`,
  );
  await expect(blade.getByLabel('Resource JSON')).toContainText('"type": "Microsoft.RecoveryServices/vaults"');
  await blade.getByRole('button', { name: 'Close' }).click();
  await expect(blade).toBeHidden();
});
