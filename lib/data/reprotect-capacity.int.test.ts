import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { MAX_DISKS_PER_MASTER_TARGET } from '../domain/reprotect/constants';
import { restartJob } from '../jobs/actions';
import { createRunner } from '../jobs/runner';
import { tickHeartbeats } from '../jobs/site-heartbeats';
import type { ActionResult } from '../schemas/action-result';
import { submitRecoveryPlanReprotect } from './recovery-plan-reprotect';
import { submitReprotect } from './reprotect';
import { HOLDING_STATES } from './reprotect-facts';
import { createMasterTarget, createReplicatedItem, createTestVault, type TestMasterTarget, type TestVault } from './seed/factories';

// The master target's disk limit is counted across items: every submission that adds
// disks to a master target must see the others' disks, whatever the interleaving.
// Runs on the embedded database and, with TEST_POSTGRES_URL, on a PostgreSQL server,
// where transactions really do run side by side.

let database: TestDatabase;
let vault: TestVault;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  vault = await createTestVault(db());
});
afterAll(() => database.stop());

const DISKS_PER_VM = 6;
/** Disks of the master target itself: room for nine more VMs of six disks (2 + 9 × 6 = 56). */
const MT_OWN_DISKS = 2;

const retentionOf = (mt: TestMasterTarget) => mt.volumes.find((v) => v.volumeName === 'R:')!.id;

function choicesFor(itemId: string, mt: TestMasterTarget) {
  return {
    itemId,
    masterTargetId: mt.id,
    processServerId: vault.azureProcessServerId,
    datastoreId: vault.datastoreId,
    retentionVolumeId: retentionOf(mt),
  };
}

const single = (itemId: string, mt: TestMasterTarget) => ({ ...choicesFor(itemId, mt), direction: 'AzureToOnPremises' as const });

async function vms(count: number) {
  const items = [];
  for (let i = 0; i < count; i++) items.push(await createReplicatedItem(db(), vault, { diskCount: DISKS_PER_VM }));
  return items;
}

async function planOf(items: { id: string }[]) {
  const plan = await db().recoveryPlan.create({ data: { vaultId: vault.vaultId, friendlyName: `rp-${randomUUID().slice(0, 8)}` } });
  const boot = await db().recoveryPlanGroup.create({ data: { planId: plan.id, groupType: 'Boot', order: 0 } });
  await db().recoveryPlanGroupItem.createMany({ data: items.map((item) => ({ groupId: boot.id, itemId: item.id })) });
  return plan;
}

/** Disks on the master target as its rule counts them: its own, and those of the items it holds. */
async function disksOn(mt: TestMasterTarget): Promise<number> {
  const held = await db().replicatedItem.aggregate({
    where: { masterTargetId: mt.id, protectionState: { in: [...HOLDING_STATES] }, activeLocation: 'Recovery' },
    _sum: { diskCount: true },
  });
  return mt.attachedDiskCount + (held._sum.diskCount ?? 0);
}

type Result = ActionResult<unknown>;
const accepted = (results: Result[]) => results.filter((result) => result.ok);
const refused = (results: Result[]) => results.flatMap((result) => (result.ok ? [] : [result.error]));

function expectDiskLimitRefusals(results: Result[]) {
  for (const error of refused(results)) {
    expect(error.kind).toBe('refused');
    expect(error.reasons.map((reason) => reason.code)).toContain('MT_DISK_LIMIT');
  }
}

describe('the master target disk limit under concurrent submissions', () => {
  it('20 simultaneous reprotects onto one master target: exactly as many as fit are accepted, the rest refused with MT_DISK_LIMIT', async () => {
    const mt = await createMasterTarget(db(), vault, { attachedDiskCount: MT_OWN_DISKS });
    const items = await vms(20);
    const results = await Promise.all(items.map((item) => submitReprotect(vault.vaultId, single(item.id, mt), db())));

    expect(await disksOn(mt)).toBeLessThanOrEqual(MAX_DISKS_PER_MASTER_TARGET);
    const fit = Math.floor((MAX_DISKS_PER_MASTER_TARGET - MT_OWN_DISKS) / DISKS_PER_VM);
    expect(accepted(results)).toHaveLength(fit);
    expect(refused(results)).toHaveLength(items.length - fit);
    expectDiskLimitRefusals(results);
    // A refused submission wrote nothing: one job per accepted item, no other item held.
    expect(await db().job.count({ where: { replicatedItemId: { in: items.map((item) => item.id) } } })).toBe(fit);
    expect(await db().replicatedItem.count({ where: { id: { in: items.map((item) => item.id) }, protectionState: 'ReprotectInProgress' } })).toBe(fit);
  });

  it('a recovery plan racing single VMs for one master target: the plan is all or nothing and the limit holds', async () => {
    const mt = await createMasterTarget(db(), vault, { attachedDiskCount: MT_OWN_DISKS });
    const machines = await vms(5);
    const plan = await planOf(machines);
    const singles = await vms(8);
    const planInput = { planId: plan.id, direction: 'AzureToOnPremises' as const, rows: machines.map((item) => choicesFor(item.id, mt)) };

    const [planResult, ...singleResults] = await Promise.all([
      submitRecoveryPlanReprotect(vault.vaultId, planInput, db()),
      ...singles.map((item) => submitReprotect(vault.vaultId, single(item.id, mt), db())),
    ]);

    expect(await disksOn(mt)).toBeLessThanOrEqual(MAX_DISKS_PER_MASTER_TARGET);
    expectDiskLimitRefusals([planResult!, ...singleResults]);
    const heldMachines = await db().replicatedItem.count({ where: { id: { in: machines.map((item) => item.id) }, protectionState: 'ReprotectInProgress' } });
    // The plan's 30 disks leave room for four single VMs; without the plan all eight fit.
    if (planResult!.ok) {
      expect(heldMachines).toBe(machines.length);
      expect(accepted(singleResults)).toHaveLength(4);
    } else {
      expect(heldMachines).toBe(0);
      expect(accepted(singleResults)).toHaveLength(8);
    }
  });

  it('plans and single VMs over two master targets, with overlapping plans and heartbeats, never deadlock and never overrun', async () => {
    const [a, b] = [await createMasterTarget(db(), vault, { attachedDiskCount: MT_OWN_DISKS }), await createMasterTarget(db(), vault, { attachedDiskCount: MT_OWN_DISKS })];
    const shared = await vms(6);
    // Two plans that share two machines, each sending its machines to both master targets in opposite halves.
    const first = shared.slice(0, 4);
    const second = shared.slice(2, 6);
    const [planA, planB] = [await planOf(first), await planOf(second)];
    const rows = (items: typeof shared, flip: boolean) =>
      items.map((item, index) => choicesFor(item.id, (index % 2 === 0) !== flip ? a! : b!));
    const singles = await vms(16);

    const settled = await Promise.allSettled([
      submitRecoveryPlanReprotect(vault.vaultId, { planId: planA.id, direction: 'AzureToOnPremises', rows: rows(first, false) }, db()),
      submitRecoveryPlanReprotect(vault.vaultId, { planId: planB.id, direction: 'AzureToOnPremises', rows: rows(second, true) }, db()),
      ...singles.map((item, index) => submitReprotect(vault.vaultId, single(item.id, index % 2 === 0 ? a! : b!), db())),
      tickHeartbeats(db()),
      tickHeartbeats(db()),
    ]);

    expect(settled.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    expect(await disksOn(a!)).toBeLessThanOrEqual(MAX_DISKS_PER_MASTER_TARGET);
    expect(await disksOn(b!)).toBeLessThanOrEqual(MAX_DISKS_PER_MASTER_TARGET);
    const [planAResult, planBResult] = settled.slice(0, 2).map((outcome) => (outcome as PromiseFulfilledResult<Result>).value);
    // The shared machines can be reprotected by one of the two plans only.
    expect([planAResult!.ok, planBResult!.ok].filter(Boolean).length).toBeLessThanOrEqual(1);
  });

  it('restarting a failed reprotect counts its disks against the limit like a new submission', async () => {
    const mt = await createMasterTarget(db(), vault, { attachedDiskCount: MT_OWN_DISKS });
    // Fails at "Starting reverse replication" (78093): its Azure VM is not running.
    const failing = await createReplicatedItem(db(), vault, { diskCount: DISKS_PER_VM, azureVmRunning: false });
    const submitted = await submitReprotect(vault.vaultId, single(failing.id, mt), db());
    if (!submitted.ok) throw new Error(submitted.error.message);
    const runner = createRunner({ db: db(), speed: 'instant', pollMs: 10, recoveryPoints: false, siteHeartbeats: false });
    runner.start();
    try {
      await expect.poll(async () => (await db().job.findUniqueOrThrow({ where: { id: submitted.data.jobId } })).state, { timeout: 30_000, interval: 50 }).toBe('Failed');
    } finally {
      await runner.stop();
    }
    expect(await disksOn(mt)).toBe(MT_OWN_DISKS);

    const singles = await vms(9);
    const [restart, ...results] = await Promise.all([
      restartJob(db(), submitted.data.jobId),
      ...singles.map((item) => submitReprotect(vault.vaultId, single(item.id, mt), db())),
    ]);

    expect(await disksOn(mt)).toBeLessThanOrEqual(MAX_DISKS_PER_MASTER_TARGET);
    expectDiskLimitRefusals(results);
    // Nine VMs of six disks fit beside the master target's own two: the restart takes the place of one.
    expect(accepted(results)).toHaveLength(restart!.ok ? 8 : 9);
    if (!restart!.ok) expect(restart!.error.message).toMatch(/at most 60/);
  });
});
