import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { REPROTECT_STEPS } from '../domain/jobs/reprotect-steps';
import { PLAN_REPROTECT_SCENARIO } from '../domain/reprotect/plan-job';
import { requestCancel } from '../jobs/actions';
import { createRunner } from '../jobs/runner';
import { submitRecoveryPlanReprotect } from './recovery-plan-reprotect';
import { submitReprotect } from './reprotect';
import {
  createMasterTarget,
  createReplicatedItem,
  createTestVault,
  type ReplicatedItemOverrides,
  type TestMasterTarget,
  type TestVault,
} from './seed/factories';

let database: TestDatabase;
let vault: TestVault;
let masterTargets: TestMasterTarget[];

beforeAll(async () => {
  database = await createTestDatabase();
  vault = await createTestVault(database.db);
  // Three master targets: a master target holds at most 60 disks.
  masterTargets = [];
  for (let i = 0; i < 3; i++) masterTargets.push(await createMasterTarget(database.db, vault));
});
afterAll(() => database.stop());

const db = () => database.db;
const retentionOf = (mt: TestMasterTarget) => mt.volumes.find((v) => v.volumeName === 'R:')!.id;

interface PlanSpec {
  machines: number;
  /** The first `grouped` machines form one replication group. */
  grouped?: number;
  item?: (index: number) => ReplicatedItemOverrides;
}

/** A plan whose machines sit in its Boot group, the first ones in a replication group. */
async function createPlan({ machines, grouped = 0, item }: PlanSpec) {
  const suffix = crypto.randomUUID().slice(0, 8);
  const group = await db().replicationGroup.create({ data: { vaultId: vault.vaultId, name: `rg-${suffix}` } });
  const items = [];
  for (let i = 0; i < machines; i++) {
    const name = `plan-${suffix}-${String(i).padStart(3, '0')}`;
    items.push(await createReplicatedItem(db(), vault, { friendlyName: name, replicationGroupId: i < grouped ? group.id : null, ...item?.(i) }));
  }
  const plan = await db().recoveryPlan.create({ data: { vaultId: vault.vaultId, friendlyName: `rp-${suffix}` } });
  const boot = await db().recoveryPlanGroup.create({ data: { planId: plan.id, groupType: 'Boot', order: 0 } });
  await db().recoveryPlanGroupItem.createMany({ data: items.map((it) => ({ groupId: boot.id, itemId: it.id })) });
  return { plan, items };
}

/** Valid values for every machine: ten machines per master target, group members together on the first. */
function rowsFor(items: { id: string }[], pick: (index: number) => TestMasterTarget = (i) => masterTargets[Math.floor(i / 10)]!) {
  return items.map((it, index) => {
    const mt = pick(index);
    return {
      itemId: it.id,
      masterTargetId: mt.id,
      processServerId: vault.azureProcessServerId,
      datastoreId: vault.datastoreId,
      retentionVolumeId: retentionOf(mt),
    };
  });
}

const input = (planId: string, rows: ReturnType<typeof rowsFor>) => ({ planId, direction: 'AzureToOnPremises' as const, rows });

async function counts() {
  const [jobs, tasks, held] = await Promise.all([
    db().job.count(),
    db().jobTask.count(),
    db().replicatedItem.count({ where: { protectionState: 'ReprotectInProgress' } }),
  ]);
  return { jobs, tasks, held };
}

async function runUntilFinished(jobId: string, speed: 'instant' | 'fast' = 'instant', whileRunning?: () => Promise<void>, concurrency?: number) {
  const runner = createRunner({ db: db(), speed, concurrency, pollMs: 10, recoveryPoints: false, siteHeartbeats: false });
  runner.start();
  try {
    await whileRunning?.();
    await expect
      .poll(async () => (await db().job.findUniqueOrThrow({ where: { id: jobId } })).state, { timeout: 30_000, interval: 50 })
      .toMatch(/Succeeded|Failed|Cancelled/);
    // The machines' jobs end on their own after a cancel; wait for them too.
    await expect.poll(() => db().job.count({ where: { parentJobId: jobId, state: { in: ['NotStarted', 'InProgress'] } } }), { timeout: 30_000 }).toBe(0);
  } finally {
    await runner.stop();
  }
  return db().job.findUniqueOrThrow({ where: { id: jobId }, include: { childJobs: true, errors: true } });
}

describe('submitRecoveryPlanReprotect', () => {
  it('queues one plan job and a Reprotect job per machine of a 30-machine plan, and the plan job follows them to Succeeded', async () => {
    const { plan, items } = await createPlan({ machines: 30, grouped: 4 });
    const result = await submitRecoveryPlanReprotect(vault.vaultId, input(plan.id, rowsFor(items)), db());
    expect(result).toEqual({ ok: true, data: { jobId: expect.any(String) } });
    if (!result.ok) return;

    const planJob = await db().job.findUniqueOrThrow({ where: { id: result.data.jobId }, include: { tasks: true } });
    expect(planJob).toMatchObject({
      scenarioName: PLAN_REPROTECT_SCENARIO,
      friendlyName: 'Reprotect',
      targetObjectName: plan.friendlyName,
      recoveryPlanId: plan.id,
      replicatedItemId: null,
      state: 'NotStarted',
    });
    const children = await db().job.findMany({ where: { parentJobId: planJob.id }, include: { tasks: { orderBy: { order: 'asc' } } }, orderBy: { createdAt: 'asc' } });
    expect(children).toHaveLength(30);
    const rows = rowsFor(items);
    children.forEach((child, index) => {
      const row = rows[index]!;
      expect(child).toMatchObject({ scenarioName: 'ReverseReplication', friendlyName: 'Reprotect', replicatedItemId: row.itemId, targetObjectName: items[index]!.friendlyName, state: 'NotStarted' });
      expect(child.payload).toEqual({
        ...row,
        direction: 'AzureToOnPremises',
        failbackPolicyId: vault.failbackPolicyId,
        previousProtectionState: 'UnplannedFailoverCommitted',
        recoveryPlanId: plan.id,
      });
      expect(child.tasks.map((task) => task.name)).toEqual(REPROTECT_STEPS.map((step) => step.name));
      // The plan job is queued ahead of its machines, which follow in the plan's order.
      expect(child.createdAt.getTime()).toBeGreaterThan(planJob.createdAt.getTime());
    });
    const held = await db().replicatedItem.findMany({ where: { id: { in: items.map((it) => it.id) } } });
    for (const item of held) {
      const row = rows.find((r) => r.itemId === item.id)!;
      expect(item).toMatchObject({ protectionState: 'ReprotectInProgress', masterTargetId: row.masterTargetId, retentionVolumeId: row.retentionVolumeId, failbackPolicyId: vault.failbackPolicyId });
    }

    const finished = await runUntilFinished(planJob.id);
    expect(finished).toMatchObject({ state: 'Succeeded', stateDescription: 'Completed', progress: 100 });
    expect(finished.childJobs.every((child) => child.state === 'Succeeded')).toBe(true);
    const protectedCount = await db().replicatedItem.count({ where: { id: { in: items.map((it) => it.id) }, protectionState: 'Protected' } });
    expect(protectedCount).toBe(30);
  });

  it('refuses a replication group split over two master targets with MT_GROUP_MISMATCH, and writes nothing', async () => {
    const { plan, items } = await createPlan({ machines: 4, grouped: 3 });
    const before = await counts();
    const rows = rowsFor(items, (i) => masterTargets[i === 1 ? 1 : 0]!);
    const result = await submitRecoveryPlanReprotect(vault.vaultId, input(plan.id, rows), db());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('refused');
    expect(result.error.reasons.map((r) => r.code)).toEqual(['MT_GROUP_MISMATCH', 'MT_GROUP_MISMATCH', 'MT_GROUP_MISMATCH']);
    expect(result.error.fieldErrors['rows.1.masterTargetId']).toMatch(/common point in time/);
    expect(await counts()).toEqual(before);
  });

  it('refuses the plan when one of its machines already has an operation running, naming it, and writes nothing', async () => {
    const { plan, items } = await createPlan({ machines: 3 });
    const busy = items[2]!;
    const single = await submitReprotect(vault.vaultId, { ...rowsFor([busy])[0], direction: 'AzureToOnPremises' }, db());
    expect(single.ok).toBe(true);
    // The blade opened before that: it still offers the machine, with its earlier state.
    const before = await counts();
    const result = await submitRecoveryPlanReprotect(vault.vaultId, input(plan.id, rowsFor(items)), db());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('conflict');
    expect(result.error.message).toContain(busy.friendlyName);
    expect(result.error.message).not.toContain(items[0]!.friendlyName);
    expect(await counts()).toEqual(before);
    if (single.ok) await requestCancel(db(), single.data.jobId);
  });

  it('asks for every machine that has failed over and leaves out those already protected back', async () => {
    const { plan, items } = await createPlan({ machines: 3, item: (i) => (i === 2 ? { protectionState: 'Protected' } : {}) });
    const missing = await submitRecoveryPlanReprotect(vault.vaultId, input(plan.id, rowsFor(items.slice(0, 1))), db());
    expect(!missing.ok && missing.error.message).toMatch(new RegExp(`values for ${items[1]!.friendlyName}`));
    const withSkipped = await submitRecoveryPlanReprotect(vault.vaultId, input(plan.id, rowsFor(items)), db());
    expect(!withSkipped.ok && withSkipped.error.message).toMatch(/already protected/);
    const result = await submitRecoveryPlanReprotect(vault.vaultId, input(plan.id, rowsFor(items.slice(0, 2))), db());
    expect(result.ok).toBe(true);
    if (result.ok) await requestCancel(db(), result.data.jobId);
  });
});

describe('the plan job', () => {
  it('cancel before it runs cancels every machine job and puts the machines back', async () => {
    const { plan, items } = await createPlan({ machines: 5, grouped: 2 });
    const result = await submitRecoveryPlanReprotect(vault.vaultId, input(plan.id, rowsFor(items)), db());
    if (!result.ok) throw new Error(result.error.message);
    expect(await requestCancel(db(), result.data.jobId)).toEqual({ ok: true });
    const job = await db().job.findUniqueOrThrow({ where: { id: result.data.jobId }, include: { childJobs: true } });
    expect(job.state).toBe('Cancelled');
    expect(job.childJobs.map((child) => child.state)).toEqual(Array(5).fill('Cancelled'));
    const states = await db().replicatedItem.findMany({ where: { id: { in: items.map((it) => it.id) } }, select: { protectionState: true, masterTargetId: true } });
    expect(states).toEqual(Array(5).fill({ protectionState: 'UnplannedFailoverCommitted', masterTargetId: null }));
  });

  it('cancel while it runs ends the plan at once and stops every machine job not finished', async () => {
    const { plan, items } = await createPlan({ machines: 6 });
    const result = await submitRecoveryPlanReprotect(vault.vaultId, input(plan.id, rowsFor(items)), db());
    if (!result.ok) throw new Error(result.error.message);
    const planJobId = result.data.jobId;
    const finished = await runUntilFinished(planJobId, 'fast', async () => {
      await expect.poll(() => db().job.count({ where: { parentJobId: planJobId, state: 'InProgress' } }), { timeout: 10_000, interval: 20 }).toBeGreaterThan(0);
      expect(await requestCancel(db(), planJobId)).toEqual({ ok: true });
    });
    expect(finished).toMatchObject({ state: 'Cancelled', stateDescription: 'Cancelled' });
    expect(finished.childJobs.every((child) => child.state === 'Cancelled')).toBe(true);
    expect(await db().replicatedItem.count({ where: { id: { in: items.map((it) => it.id) }, protectionState: 'UnplannedFailoverCommitted' } })).toBe(6);
  });

  it('plan jobs never take the slots their machines need: two plans finish on a runner with one work slot', async () => {
    const plans = [await createPlan({ machines: 3 }), await createPlan({ machines: 2 })];
    const jobIds: string[] = [];
    for (const { plan, items } of plans) {
      const result = await submitRecoveryPlanReprotect(vault.vaultId, input(plan.id, rowsFor(items)), db());
      if (!result.ok) throw new Error(result.error.message);
      jobIds.push(result.data.jobId);
    }
    const first = await runUntilFinished(jobIds[0]!, 'instant', undefined, 1);
    expect(first).toMatchObject({ state: 'Succeeded' });
    expect(first.childJobs.map((child) => child.state)).toEqual(['Succeeded', 'Succeeded', 'Succeeded']);
    const second = await runUntilFinished(jobIds[1]!, 'instant', undefined, 1);
    expect(second).toMatchObject({ state: 'Succeeded' });
  });

  it('a machine that fails makes the plan Failed (PartiallySucceeded) without holding back the others', async () => {
    const { plan, items } = await createPlan({ machines: 4, item: (i) => (i === 1 ? { azureVmRunning: false } : {}) });
    const result = await submitRecoveryPlanReprotect(vault.vaultId, input(plan.id, rowsFor(items)), db());
    if (!result.ok) throw new Error(result.error.message);
    const finished = await runUntilFinished(result.data.jobId);
    expect(finished).toMatchObject({ state: 'Failed', stateDescription: 'PartiallySucceeded' });
    expect(finished.errors[0]?.errorMessage).toContain(items[1]!.friendlyName);
    const states = Object.fromEntries(finished.childJobs.map((child) => [child.targetObjectName, child.state]));
    expect(states).toEqual({
      [items[0]!.friendlyName]: 'Succeeded',
      [items[1]!.friendlyName]: 'Failed',
      [items[2]!.friendlyName]: 'Succeeded',
      [items[3]!.friendlyName]: 'Succeeded',
    });
    // Three of four at 100%, the failed one at its own share (it failed in its fourth task of six).
    expect(finished.progress).toBe(Math.floor((300 + finished.childJobs.find((c) => c.state === 'Failed')!.progress) / 4));
    expect(finished.progress).toBeGreaterThan(75);
  });
});
