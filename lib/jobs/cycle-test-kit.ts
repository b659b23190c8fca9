import 'server-only';
import type { Db } from '../data/db';
import { createMasterTarget, createReplicatedItem, type ReplicatedItemOverrides, type TestMasterTarget, type TestVault } from '../data/seed/factories';

// Items at each resting stage of the failback cycle, for the engine's integration tests.

const MINUTE = 60_000;

/** A VM reprotected to on-premises (Protected, Recovery) with its settings and a few failback recovery points. */
export async function reprotectedItem(db: Db, vault: TestVault, overrides: ReplicatedItemOverrides & { masterTarget?: TestMasterTarget } = {}) {
  const { masterTarget, ...fields } = overrides;
  const mt = masterTarget ?? (await createMasterTarget(db, vault, { osType: fields.osType ?? 'Windows' }));
  const retention = mt.volumes.find((volume) => volume.volumeName === (mt.osType === 'Windows' ? 'R:' : '/mnt/retention'))!;
  const item = await createReplicatedItem(db, vault, {
    protectionState: 'Protected',
    activeLocation: 'Recovery',
    rpoInSeconds: 40,
    masterTargetId: mt.id,
    processServerId: vault.azureProcessServerId,
    datastoreId: vault.datastoreId,
    retentionVolumeId: retention.id,
    failbackPolicyId: vault.failbackPolicyId,
    ...fields,
  });
  const now = Date.now();
  const points = [
    { time: new Date(now - 65 * MINUTE), type: 'AppConsistent' as const },
    { time: new Date(now - 10 * MINUTE), type: 'CrashConsistent' as const },
    { time: new Date(now - 5 * MINUTE), type: 'AppConsistent' as const },
    { time: new Date(now - 1 * MINUTE), type: 'CrashConsistent' as const },
  ];
  await db.recoveryPoint.createMany({ data: points.map((point) => ({ itemId: item.id, ...point })) });
  return { item, masterTarget: mt, points };
}

/** A VM failed back and committed on-premises: its Azure VM gone, ready to reprotect to Azure. */
export async function committedOnPremisesItem(db: Db, vault: TestVault, overrides: ReplicatedItemOverrides = {}) {
  return createReplicatedItem(db, vault, {
    protectionState: 'UnplannedFailoverCommitted',
    activeLocation: 'Primary',
    azureVmExists: false,
    azureVmRunning: false,
    ...overrides,
  });
}

/** A plan of three machines reprotected to on-premises, two of them a replication group on one master target. */
export async function reprotectedPlan(db: Db, vault: TestVault) {
  const mt = await createMasterTarget(db, vault);
  const group = await db.replicationGroup.create({ data: { vaultId: vault.vaultId, name: `rg-${mt.name}` } });
  const machines = [
    await reprotectedItem(db, vault, { masterTarget: mt, replicationGroupId: group.id }),
    await reprotectedItem(db, vault, { masterTarget: mt, replicationGroupId: group.id }),
    await reprotectedItem(db, vault, { masterTarget: mt }),
  ];
  const plan = await db.recoveryPlan.create({ data: { vaultId: vault.vaultId, friendlyName: `rp-${mt.name}` } });
  const boot = await db.recoveryPlanGroup.create({ data: { planId: plan.id, groupType: 'Boot', order: 0 } });
  await db.recoveryPlanGroupItem.createMany({ data: machines.map(({ item }) => ({ groupId: boot.id, itemId: item.id })) });
  return { planId: plan.id, planName: plan.friendlyName, itemIds: machines.map(({ item }) => item.id), machines };
}
