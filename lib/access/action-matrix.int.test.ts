import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createMatrixWorld, EXPECTED_REFUSAL, REFUSED_CALLERS, ROLE_CALLERS, type MatrixWorld } from '@/test/access-matrix';
import { databaseSnapshot } from '@/test/database-snapshot';
import type { TestDatabase } from '@/test/database';
import { setUpRouteDatabase } from '@/test/route-database';
import { actAs } from '@/test/request-headers';
import { roleCan, type Permission } from '@/lib/domain/access/roles';
import type { ActionResult } from '@/lib/schemas/action-result';

// Every server action that changes a vault × every kind of caller: the role table
// decides, refusals answer 401/403/404 and change no row, and an allowed caller gets
// past authorization. An action without a case here, or made without the authorizing
// wrapper, fails the test. The rules: docs/access-control.md.

vi.mock('next/headers', async () => (await import('@/test/request-headers')).nextHeadersForTests);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

type AnyAction = ((vaultName: string, ...args: never[]) => Promise<ActionResult<unknown>>) & { permission?: Permission };
type Modules = Record<string, Record<string, unknown>>;

const routeDatabase = setUpRouteDatabase();
let database: TestDatabase;
let world: MatrixWorld;
let modules: Modules;
let ids: Awaited<ReturnType<typeof demoIds>>;
let counter = 0;

async function demoIds(vaultId: string) {
  const { db } = database;
  const item = (name: string) => db.replicatedItem.findFirstOrThrow({ where: { vaultId, friendlyName: name }, select: { id: true } });
  const mt = await db.masterTargetServer.findFirstOrThrow({ where: { vaultId, name: 'mt-win-02' }, include: { volumes: true } });
  const host = await db.esxiHost.findFirstOrThrow({ where: { vcenter: { vaultId }, name: 'esx-01.contoso.local' } });
  const datastore = await db.datastore.findFirstOrThrow({ where: { vcenter: { vaultId }, symbolicName: 'ds-vmfs-02' } });
  const plan = await db.recoveryPlan.findFirstOrThrow({ where: { vaultId, friendlyName: 'rp-web-tier' } });
  const policy = await db.replicationPolicy.findFirstOrThrow({ where: { vaultId, direction: 'Forward' } });
  const failedJob = await db.job.findFirstOrThrow({ where: { vaultId, state: 'Failed', parentJobId: null } });
  const spare = await db.user.create({ data: { email: `spare-${vaultId.slice(0, 8)}@contoso.com`, name: 'Spare' } });
  const spareRole = await db.roleAssignment.create({ data: { vaultId, userId: spare.id, role: 'Reader' } });
  const onPremisesPs = await db.processServer.findFirstOrThrow({ where: { vaultId, location: 'OnPremises' } });
  const financePlan = await db.recoveryPlan.findFirstOrThrow({ where: { vaultId, friendlyName: 'rp-finance' } });
  return {
    dc02: (await item('dc-02')).id,
    readyToFailBack: (await item('intranet-01')).id,
    alsoReadyToFailBack: (await item('mon-grafana-01')).id,
    commitPending: (await item('fb-pending-01')).id,
    committedOnPremises: (await item('fb-committed-01')).id,
    onPremisesPs,
    financePlan,
    appStopped: (await item('app-stopped-01')).id,
    mt,
    retention: mt.volumes.find((volume) => !volume.isCacheVolume && !volume.inUseAsReplicationTarget && !volume.locked)!,
    host,
    datastore,
    plan,
    policy,
    failedJob,
    spare,
    spareRole,
  };
}

/** A running job to cancel: queued fresh for each call, since a cancelled job cannot be cancelled again. */
async function queuedJobId(): Promise<string> {
  const { submitReprotect } = await import('@/lib/data/reprotect');
  const { firstAcceptedReprotect } = await import('@/lib/data/reprotect-choices');
  const candidates = await database.db.replicatedItem.findMany({
    where: { vaultId: world.vault.id, protectionState: 'UnplannedFailoverCommitted', replicationGroupId: null, jobs: { none: { state: { in: ['NotStarted', 'InProgress'] } } } },
    select: { id: true },
  });
  for (const { id } of candidates) {
    const input = await firstAcceptedReprotect(id, database.db);
    const result = input ? await submitReprotect(world.vault.id, input, database.db) : null;
    if (result?.ok) return result.data.jobId;
  }
  throw new Error('no item left to queue a job for');
}

/** Each mutating action, called with arguments a caller allowed to would send. */
const ARGUMENTS: Record<string, () => Promise<unknown[]>> = {
  'reprotect.reprotectItemAction': async () => {
    const { firstAcceptedReprotect } = await import('@/lib/data/reprotect-choices');
    return [(await firstAcceptedReprotect(ids.dc02, database.db)) ?? { itemId: ids.dc02 }];
  },
  'recovery-plans.reprotectRecoveryPlanAction': async () => [{ planId: ids.plan.id, direction: 'AzureToOnPremises', rows: [] }],
  'recovery-plans.cancelRecoveryPlanReprotectAction': async () => [ids.plan.id],
  'jobs.cancelJobAction': async () => [await queuedJobId()],
  'jobs.restartJobAction': async () => [ids.failedJob.id],
  'policies.createForwardPolicyAction': async () => [
    { friendlyName: `matrix-policy-${++counter}`, recoveryPointThresholdInMinutes: 60, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: true },
  ],
  'policies.updatePolicySettingsAction': async () => [
    ids.policy.id,
    { recoveryPointThresholdInMinutes: 30 + (++counter % 60), recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: true },
  ],
  'lab.registerMasterTargetAction': async () => [
    {
      name: `mt-matrix-${++counter}`,
      ipAddress: '10.10.9.9',
      osType: 'Windows',
      osDistribution: 'Windows Server',
      osVersion: '2019',
      kernelVersion: '10.0.17763',
      esxiHostId: ids.host.id,
      isCombinedPsMt: false,
      volumes: [{ volumeName: 'C:', fileSystem: 'NTFS', capacityGb: 100, freeSpaceGb: 50 }],
    },
  ],
  'lab.registerProcessServerAction': async () => [{ name: `ps-matrix-${++counter}`, ipAddress: '10.10.9.10', location: 'Azure', networks: ['vnet-dr'] }],
  'lab.changeMasterTargetAction': async () => [{ masterTargetId: ids.mt.id, change: ++counter % 2 ? 'stopAgent' : 'startAgent' }],
  'lab.addVolumeAction': async () => [{ masterTargetId: ids.mt.id, volumeName: `${'TUVWXYZ'[++counter % 7]}:`, fileSystem: 'NTFS', capacityGb: 10, freeSpaceGb: 10 }],
  'lab.reformatVolumeAction': async () => [{ volumeId: ids.retention.id, fileSystem: ++counter % 2 ? 'NTFS' : 'ReFS' }],
  'lab.mountDatastoreAction': async () => [{ hostId: ids.host.id, datastoreId: ids.datastore.id, access: ++counter % 2 ? 'ReadWrite' : 'ReadOnly' }],
  'lab.setSiteConnectivityAction': async () => [{ s2sVpn: true, expressRoute: false, expressRoutePeering: 'None' }],
  'lab.changeReplicatedItemAction': async () => [{ itemId: ids.appStopped, change: ++counter % 2 ? 'startAzureVm' : 'stopAzureVm' }],
  'failback.failoverItemAction': async () => [{ itemId: ids.readyToFailBack, direction: 'RecoveryToPrimary', recoveryPointType: 'LatestTime' }],
  'failback.commitItemAction': async () => [{ itemId: ids.commitPending }],
  'failback.reprotectToAzureAction': async () => [{ itemId: ids.committedOnPremises, direction: 'OnPremisesToAzure', processServerId: ids.onPremisesPs.id }],
  'failback.failoverRecoveryPlanAction': async () => [
    { planId: ids.financePlan.id, direction: 'RecoveryToPrimary', recoveryPointType: 'LatestTime', itemIds: [ids.dc02] },
  ],
  'failback.commitRecoveryPlanAction': async () => [{ planId: ids.financePlan.id, itemIds: [ids.dc02] }],
  'failback.reprotectRecoveryPlanToAzureAction': async () => [
    { planId: ids.financePlan.id, direction: 'OnPremisesToAzure', rows: [{ itemId: ids.dc02, processServerId: ids.onPremisesPs.id }] },
  ],
  'lab.changeSiteAction': async () => [{ change: 'setHostFreeMemory', hostId: ids.host.id, freeMemoryGb: 100 + (++counter % 50) }],
  'lab.changeFailbackVmAction': async () => [{ itemId: ids.alsoReadyToFailBack, change: ++counter % 2 ? 'stallReplication' : 'resumeReplication' }],
  'access.assignRoleAction': async () => [{ email: ids.spare.email, role: ++counter % 2 ? 'Operator' : 'Reader' }],
  'access.removeRoleAssignmentAction': async () => {
    const assignment = await database.db.roleAssignment.upsert({
      where: { vaultId_userId: { vaultId: world.vault.id, userId: ids.spare.id } },
      create: { vaultId: world.vault.id, userId: ids.spare.id, role: 'Reader' },
      update: {},
    });
    return [assignment.id];
  },
};

/** The permission each action must demand: a change here is a change to who may do what. */
const PERMISSION_OF: Record<string, Permission> = {
  'reprotect.reprotectItemAction': 'items.reprotect',
  'recovery-plans.reprotectRecoveryPlanAction': 'items.reprotect',
  'recovery-plans.cancelRecoveryPlanReprotectAction': 'jobs.manage',
  'jobs.cancelJobAction': 'jobs.manage',
  'jobs.restartJobAction': 'jobs.manage',
  'policies.createForwardPolicyAction': 'policies.write',
  'policies.updatePolicySettingsAction': 'policies.write',
  'lab.registerMasterTargetAction': 'infrastructure.write',
  'lab.registerProcessServerAction': 'infrastructure.write',
  'lab.changeMasterTargetAction': 'lab.write',
  'lab.addVolumeAction': 'lab.write',
  'lab.reformatVolumeAction': 'lab.write',
  'lab.mountDatastoreAction': 'lab.write',
  'lab.setSiteConnectivityAction': 'lab.write',
  'lab.changeReplicatedItemAction': 'lab.write',
  'lab.changeSiteAction': 'lab.write',
  'lab.changeFailbackVmAction': 'lab.write',
  'failback.failoverItemAction': 'items.failover',
  'failback.commitItemAction': 'items.failover',
  'failback.reprotectToAzureAction': 'items.reprotect',
  'failback.failoverRecoveryPlanAction': 'items.failover',
  'failback.commitRecoveryPlanAction': 'items.failover',
  'failback.reprotectRecoveryPlanToAzureAction': 'items.reprotect',
  'access.assignRoleAction': 'access.write',
  'access.removeRoleAssignmentAction': 'access.write',
};

/** Actions on the caller's own things, not on a vault; the token tests cover them. */
const NOT_VAULT_ACTIONS = new Set(['access.createApiTokenAction', 'access.revokeApiTokenAction', 'auth.signInAction', 'auth.signOutAction']);

beforeAll(async () => {
  database = routeDatabase.current();
  world = await createMatrixWorld(database.db);
  // The VMs replicating back take their first recovery points from the runner: one tick, so that they can fail back.
  const { tickRecoveryPoints } = await import('@/lib/jobs/recovery-points');
  await tickRecoveryPoints(database.db, { speed: 'realistic' });
  ids = await demoIds(world.vault.id);
  modules = {
    reprotect: await import('@/lib/actions/reprotect'),
    'recovery-plans': await import('@/lib/actions/recovery-plans'),
    jobs: await import('@/lib/actions/jobs'),
    policies: await import('@/lib/actions/policies'),
    lab: await import('@/lib/actions/lab'),
    failback: await import('@/lib/actions/failback'),
    access: await import('@/lib/actions/access'),
    auth: await import('@/lib/actions/auth'),
  };
}, 120_000);


function actionsOf(all: Modules): Array<[string, AnyAction]> {
  return Object.entries(all).flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter(([, value]) => typeof value === 'function')
      .map(([name, value]) => [`${file}.${name}`, value as AnyAction] as [string, AnyAction]),
  );
}

describe('the authorization matrix of server actions', () => {
  it('has a case for every action, and every vault action names its permission', () => {
    const vaultActions = actionsOf(modules).filter(([name]) => !NOT_VAULT_ACTIONS.has(name));
    expect(vaultActions.map(([name]) => name).sort()).toEqual(Object.keys(ARGUMENTS).sort());
    for (const [name, action] of vaultActions) expect(action.permission, `${name} is not made with vaultAction, or demands another permission`).toBe(PERMISSION_OF[name]);
  });

  it.each(Object.keys(ARGUMENTS))('%s: refused callers change nothing; allowed roles get through', async (name) => {
    const [file, exportName] = name.split('.') as [string, string];
    const action = modules[file]![exportName] as AnyAction;
    const permission = PERMISSION_OF[name]!;
    const { db } = database;

    const refusals: Array<[string, string]> = [
      ...REFUSED_CALLERS.map((caller) => [caller, EXPECTED_REFUSAL[caller]] as [string, string]),
      ...ROLE_CALLERS.filter((role) => !roleCan(role, permission)).map((role) => [role, 'forbidden'] as [string, string]),
    ];
    for (const [caller, kind] of refusals) {
      const args = await ARGUMENTS[name]!();
      const before = await databaseSnapshot(db, world.vault.id);
      actAs(world.headers[caller as keyof MatrixWorld['headers']]);
      const result = await action(world.vault.name, ...(args as never[]));
      expect(result, `${caller} calling ${name}`).toMatchObject({ ok: false, error: { kind } });
      if (kind === 'forbidden') expect(result.ok === false && result.error.message).toMatch(/^Requires the .+ role on matrix-/);
      expect(await databaseSnapshot(db, world.vault.id), `${caller} calling ${name} changed the database`).toBe(before);
    }

    for (const role of ROLE_CALLERS.filter((candidate) => roleCan(candidate, permission))) {
      const args = await ARGUMENTS[name]!();
      actAs(world.headers[role]);
      const result = await action(world.vault.name, ...(args as never[]));
      if (!result.ok) expect(['unauthenticated', 'forbidden', 'unexpected'], `${role} calling ${name}: ${result.error.message}`).not.toContain(result.error.kind);
      if (!result.ok) expect(result.error.message).not.toMatch(/^Vault '.*' was not found/);
    }
  });

  it('a successful write is recorded in the activity log with its caller', async () => {
    actAs(world.headers.Contributor);
    const { setSiteConnectivityAction } = modules.lab as { setSiteConnectivityAction: AnyAction };
    const before = await database.db.activityLogEntry.count({ where: { vaultId: world.vault.id, operation: 'lab.setConnectivity' } });
    const result = await setSiteConnectivityAction(world.vault.name, { s2sVpn: true, expressRoute: true, expressRoutePeering: 'Private' } as never);
    expect(result.ok).toBe(true);
    const entries = await database.db.activityLogEntry.findMany({ where: { vaultId: world.vault.id, operation: 'lab.setConnectivity' }, orderBy: { time: 'desc' } });
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({ result: 'Succeeded', callerName: world.callers.Contributor.email, tokenName: 'tests' });
  });

  it('a failover by an Operator starts its job as that Operator and is recorded as Started with the job', async () => {
    actAs(world.headers.Operator);
    const { failoverItemAction } = modules.failback as { failoverItemAction: AnyAction };
    const { id: itemId } = await database.db.replicatedItem.findFirstOrThrow({ where: { vaultId: world.vault.id, friendlyName: 'fb-bigmem-01' } });
    const result = await failoverItemAction(world.vault.name, { itemId, direction: 'RecoveryToPrimary', recoveryPointType: 'LatestTime' } as never);
    if (!result.ok) throw new Error(result.error.message);
    const { jobId } = result.data as { jobId: string };
    const operator = world.callers.Operator.email;
    expect(await database.db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ startedVia: 'Portal', startedBy: `${operator} (token tests)` });
    expect(await database.db.activityLogEntry.findMany({ where: { jobId } })).toEqual([
      expect.objectContaining({ operation: 'replicatedItem.failover', result: 'Started', callerName: operator, targetId: itemId }),
    ]);
  });
});
