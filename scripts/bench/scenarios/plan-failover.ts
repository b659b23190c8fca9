import { randomUUID } from 'node:crypto';
import type { Db } from '../../../lib/data/db';
import { submitPlanFailover } from '../../../lib/data/recovery-plan-failover';
import { createMasterTarget, createTestVault, type TestMasterTarget } from '../../../lib/data/seed/factories';
import { OS } from '../../../lib/data/seed/values';
import { timePlanSubmissions } from '../plan-submissions';
import { defineScenario } from '../scenarios';

const MACHINES = 200;
const MACHINES_PER_MASTER_TARGET = 25;
const GROUPED = 4;
const POINTS_PER_MACHINE = 12;
const SAMPLES = 5;
const TARGET_MS = 1_000;

/** A vault with a plan of MACHINES machines reprotected to on-premises, each with its failback recovery points. */
async function preparePlan(db: Db) {
  const vault = await createTestVault(db, { vault: { name: 'bench-plan-failover' } });
  const masterTargets: TestMasterTarget[] = [];
  for (let i = 0; i < MACHINES / MACHINES_PER_MASTER_TARGET; i++) masterTargets.push(await createMasterTarget(db, vault));
  const group = await db.replicationGroup.create({ data: { vaultId: vault.vaultId, name: 'rg-bench' } });
  const items = Array.from({ length: MACHINES }, (_, n) => {
    const mt = masterTargets[Math.floor(n / MACHINES_PER_MASTER_TARGET)]!;
    return {
      id: randomUUID(),
      vaultId: vault.vaultId,
      configurationServerId: vault.configurationServerId,
      friendlyName: `bench-fb-${String(n).padStart(4, '0')}`,
      ...OS.ws2016,
      diskCount: 2,
      sourceHostId: vault.hostId,
      azureVmName: `bench-fb-${n}-azure`,
      protectionState: 'Protected' as const,
      activeLocation: 'Recovery' as const,
      forwardPolicyId: vault.forwardPolicyId,
      replicationGroupId: n < GROUPED ? group.id : null,
      masterTargetId: mt.id,
      processServerId: vault.azureProcessServerId,
      datastoreId: vault.datastoreId,
      retentionVolumeId: mt.volumes.find((volume) => volume.volumeName === 'R:')!.id,
      failbackPolicyId: vault.failbackPolicyId,
    };
  });
  await db.replicatedItem.createMany({ data: items });
  await db.replicatedItemDatastore.createMany({ data: items.map((item) => ({ itemId: item.id, datastoreId: vault.datastoreId })) });
  const now = Date.now();
  await db.recoveryPoint.createMany({
    data: items.flatMap((item) =>
      Array.from({ length: POINTS_PER_MACHINE }, (_, i) => ({ itemId: item.id, time: new Date(now - i * 5 * 60_000), type: i % 12 === 3 ? ('AppConsistent' as const) : ('CrashConsistent' as const) })),
    ),
  });
  const plan = await db.recoveryPlan.create({ data: { vaultId: vault.vaultId, friendlyName: 'rp-bench-failover' } });
  await db.recoveryPlanGroup.createMany({
    data: (['Shutdown', 'Failover', 'Boot'] as const).map((groupType, order) => ({ planId: plan.id, groupType, order })),
  });
  const boot = await db.recoveryPlanGroup.findFirstOrThrow({ where: { planId: plan.id, groupType: 'Boot' } });
  await db.recoveryPlanGroupItem.createMany({ data: items.map((item) => ({ groupId: boot.id, itemId: item.id })) });
  const itemIds = items.map((item) => item.id);
  return { planId: plan.id, itemIds, input: { planId: plan.id, direction: 'RecoveryToPrimary' as const, recoveryPointType: 'LatestTag' as const, itemIds }, vaultId: vault.vaultId };
}

/** Puts the plan back as it was before a submission (no jobs, machines protected to on-premises). */
async function reset(db: Db, planId: string, itemIds: string[]) {
  await db.job.deleteMany({ where: { recoveryPlanId: planId } });
  await db.replicatedItem.updateMany({ where: { id: { in: itemIds } }, data: { protectionState: 'Protected' } });
}

export const planFailover = defineScenario({
  name: 'plan-failover',
  title: `Fail over a recovery plan of ${MACHINES} machines from Azure: validate every rule and queue the jobs (target: <= ${TARGET_MS} ms, in process)`,
  prepare: preparePlan,
  run: ({ db, data }) =>
    timePlanSubmissions({
      db,
      machines: MACHINES,
      samples: SAMPLES,
      targetMs: TARGET_MS,
      work: `lock ${MACHINES} rows, read their points, evaluate, 1 + ${MACHINES} jobs with ${MACHINES * 7} tasks`,
      submit: () => submitPlanFailover(data.vaultId, data.input, db),
      reset: () => reset(db, data.planId, data.itemIds),
    }),
});
