import 'server-only';
import type { Prisma, ProtectionState, ActiveLocation } from '../generated/prisma/client';
import { DEMO_CS, DEMO_FAILBACK_POLICY, DEMO_FORWARD_POLICY, type DemoIds } from './demo-fabric';
import { DATASTORE_HOSTS, DEMO_ITEMS, DEMO_PLANS, FINANCE_GROUP, type DemoItemSpec, type DemoItemStage } from './demo-items-catalog';
import { demoVolumeId } from './demo-master-targets';
import { minutesAgo, type SeedDb } from './values';

const STAGE_STATE: Record<DemoItemStage, { protectionState: ProtectionState; activeLocation: ActiveLocation }> = {
  committed: { protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Recovery' },
  pending: { protectionState: 'UnplannedFailoverCommitPendingStatesBegin', activeLocation: 'Recovery' },
  forward: { protectionState: 'Protected', activeLocation: 'Primary' },
  reprotected: { protectionState: 'Protected', activeLocation: 'Recovery' },
  failedBack: { protectionState: 'UnplannedFailoverCommitPendingStatesBegin', activeLocation: 'Primary' },
  committedOnPremises: { protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Primary' },
};

// Failovers spread over the last few hours (the disaster drill of this morning);
// reprotected items failed over the day before.
function failoverTime(spec: DemoItemSpec, index: number, now: Date): Date | null {
  switch (spec.stage) {
    case 'forward':
      return null;
    case 'pending':
      return minutesAgo(now, 35 + index);
    case 'reprotected':
      return minutesAgo(now, 26 * 60 + index);
    case 'committed':
      return minutesAgo(now, 150 + ((index * 37) % 300));
    // Failed back this morning, after a day replicating back.
    case 'failedBack':
      return minutesAgo(now, 25);
    case 'committedOnPremises':
      return minutesAgo(now, spec.agentRegistersInMinutes === null ? 90 : 15 - spec.agentRegistersInMinutes);
  }
}

/** When the named demo item last failed over (null if it never did). */
export function demoFailoverTime(name: string, now: Date): Date | null {
  const index = DEMO_ITEMS.findIndex((spec) => spec.name === name);
  const spec = DEMO_ITEMS[index];
  if (!spec) throw new Error(`No demo item named ${name}`);
  return failoverTime(spec, index, now);
}

function itemRow(spec: DemoItemSpec, index: number, vaultId: string, now: Date, ids: DemoIds): Prisma.ReplicatedItemCreateManyInput {
  const reprotect = spec.reprotect;
  return {
    id: ids('item', spec.name),
    vaultId,
    configurationServerId: ids('cs', DEMO_CS),
    friendlyName: spec.name,
    ...spec.os,
    diskCount: spec.diskCount,
    templateName: spec.templateName,
    sourceVmPresent: spec.sourceVmPresent,
    sourceHostId: spec.datastores[0] ? ids('host', DATASTORE_HOSTS[spec.datastores[0]]!) : null,
    memoryGb: spec.memoryGb,
    inConfigurationServerDatabase: spec.inConfigurationServerDatabase,
    azureVmName: `${spec.name}-azure`,
    // A VM still replicating to Azure has none there yet; one whose failback was committed, none any more.
    azureVmExists: spec.stage !== 'forward' && spec.stage !== 'committedOnPremises',
    azureVmRunning: spec.azureVmRunning,
    agentRegistered: spec.agentRegistered,
    agentRegistersAt: spec.agentRegistersInMinutes === null ? null : new Date(now.getTime() + spec.agentRegistersInMinutes * 60_000),
    canReachConfigurationServer: spec.canReachConfigurationServer,
    ...STAGE_STATE[spec.stage],
    replicationHealth: spec.replicationHealth,
    rpoInSeconds: spec.rpoInSeconds,
    lastSuccessfulFailoverTime: failoverTime(spec, index, now),
    failoverRecoveryPointTime: spec.stage === 'failedBack' ? minutesAgo(now, 27) : null,
    forwardPolicyId: ids('policy', DEMO_FORWARD_POLICY),
    replicationGroupId: spec.replicationGroup ? ids('group', spec.replicationGroup) : null,
    masterTargetId: reprotect ? ids('mt', reprotect.masterTarget) : null,
    processServerId: reprotect ? ids('ps', 'ps-azure-weu-01') : null,
    datastoreId: reprotect ? ids('datastore', reprotect.datastore) : null,
    retentionVolumeId: reprotect ? demoVolumeId(ids, reprotect.masterTarget, reprotect.retentionVolume) : null,
    failbackPolicyId: reprotect ? ids('policy', DEMO_FAILBACK_POLICY) : null,
  };
}

/** Replicated items with their source datastores, the replication group and the recovery plans. */
export async function seedDemoItems(tx: SeedDb, vaultId: string, now: Date, ids: DemoIds): Promise<void> {
  await tx.replicationGroup.create({ data: { id: ids('group', FINANCE_GROUP), vaultId, name: FINANCE_GROUP } });
  await tx.replicatedItem.createMany({ data: DEMO_ITEMS.map((spec, i) => itemRow(spec, i, vaultId, now, ids)) });
  await tx.replicatedItemDatastore.createMany({
    data: DEMO_ITEMS.flatMap((spec) =>
      spec.datastores.map((ds) => ({ itemId: ids('item', spec.name), datastoreId: ids('datastore', ds) })),
    ),
  });

  for (const plan of DEMO_PLANS) {
    const planId = ids('plan', plan.name);
    await tx.recoveryPlan.create({ data: { id: planId, vaultId, friendlyName: plan.name } });
    // Shutdown and Failover are the built-in steps; the VMs boot in the first Boot group.
    const groups = [
      { groupType: 'Shutdown' as const, order: 0 },
      { groupType: 'Failover' as const, order: 1 },
      { groupType: 'Boot' as const, order: 2 },
    ];
    await tx.recoveryPlanGroup.createMany({
      data: groups.map((g) => ({ id: ids('plan-group', `${plan.name}|${g.order}`), planId, ...g })),
    });
    await tx.recoveryPlanGroupItem.createMany({
      data: plan.boot.map((name) => ({ groupId: ids('plan-group', `${plan.name}|2`), itemId: ids('item', name) })),
    });
  }
}
