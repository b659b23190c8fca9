import { randomUUID } from 'node:crypto';
import type { Db } from '../../../lib/data/db';
import { submitRecoveryPlanReprotect } from '../../../lib/data/recovery-plan-reprotect';
import { createMasterTarget, createTestVault, type TestMasterTarget } from '../../../lib/data/seed/factories';
import { OS } from '../../../lib/data/seed/values';
import { timePlanSubmissions } from '../plan-submissions';
import { defineScenario } from '../scenarios';

const MACHINES = 200;
const MACHINES_PER_MASTER_TARGET = 25;
const GROUPED = 4;
const SAMPLES = 5;
const TARGET_MS = 1_000;

/** A vault with a plan of MACHINES failed-over machines, and a valid row for each. */
async function preparePlan(db: Db) {
  const vault = await createTestVault(db, { vault: { name: 'bench-recovery-plan' } });
  const masterTargets: TestMasterTarget[] = [];
  for (let i = 0; i < MACHINES / MACHINES_PER_MASTER_TARGET; i++) masterTargets.push(await createMasterTarget(db, vault));
  const group = await db.replicationGroup.create({ data: { vaultId: vault.vaultId, name: 'rg-bench' } });
  const items = Array.from({ length: MACHINES }, (_, n) => ({
    id: randomUUID(),
    vaultId: vault.vaultId,
    configurationServerId: vault.configurationServerId,
    friendlyName: `bench-vm-${String(n).padStart(4, '0')}`,
    ...OS.ws2016,
    diskCount: 2,
    azureVmName: `bench-vm-${n}-azure`,
    protectionState: 'UnplannedFailoverCommitted' as const,
    activeLocation: 'Recovery' as const,
    forwardPolicyId: vault.forwardPolicyId,
    replicationGroupId: n < GROUPED ? group.id : null,
  }));
  await db.replicatedItem.createMany({ data: items });
  await db.replicatedItemDatastore.createMany({ data: items.map((item) => ({ itemId: item.id, datastoreId: vault.datastoreId })) });
  const plan = await db.recoveryPlan.create({ data: { vaultId: vault.vaultId, friendlyName: 'rp-bench' } });
  await db.recoveryPlanGroup.createMany({
    data: (['Shutdown', 'Failover', 'Boot'] as const).map((groupType, order) => ({ planId: plan.id, groupType, order })),
  });
  const boot = await db.recoveryPlanGroup.findFirstOrThrow({ where: { planId: plan.id, groupType: 'Boot' } });
  await db.recoveryPlanGroupItem.createMany({ data: items.map((item) => ({ groupId: boot.id, itemId: item.id })) });
  const rows = items.map((item, n) => {
    const mt = masterTargets[Math.floor(n / MACHINES_PER_MASTER_TARGET)]!;
    return {
      itemId: item.id,
      masterTargetId: mt.id,
      processServerId: vault.azureProcessServerId,
      datastoreId: vault.datastoreId,
      retentionVolumeId: mt.volumes.find((volume) => volume.volumeName === 'R:')!.id,
    };
  });
  return { vaultId: vault.vaultId, planId: plan.id, itemIds: items.map((item) => item.id), input: { planId: plan.id, direction: 'AzureToOnPremises' as const, rows } };
}

/** Puts the plan back as it was before a submission (no jobs, machines failed over). */
async function reset(db: Db, planId: string, itemIds: string[]) {
  await db.job.deleteMany({ where: { recoveryPlanId: planId } });
  await db.replicatedItem.updateMany({
    where: { id: { in: itemIds } },
    data: { protectionState: 'UnplannedFailoverCommitted', masterTargetId: null, processServerId: null, datastoreId: null, retentionVolumeId: null, failbackPolicyId: null },
  });
}

export const recoveryPlan = defineScenario({
  name: 'recovery-plan',
  title: `Reprotect a recovery plan of ${MACHINES} machines: validate every rule and queue the jobs (target: <= ${TARGET_MS} ms, in process)`,
  prepare: preparePlan,
  run: ({ db, data }) =>
    timePlanSubmissions({
      db,
      machines: MACHINES,
      samples: SAMPLES,
      targetMs: TARGET_MS,
      work: `lock ${MACHINES} rows, evaluate, 1 + ${MACHINES} jobs with ${MACHINES * 6} tasks`,
      submit: () => submitRecoveryPlanReprotect(data.vaultId, data.input, db),
      reset: () => reset(db, data.planId, data.itemIds),
    }),
});
