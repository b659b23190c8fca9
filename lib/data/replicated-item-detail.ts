import 'server-only';
import { evaluateCommit } from '../domain/commit/rules';
import { allowedOperations } from '../domain/cycle/operations';
import { isActive } from '../domain/jobs/job-state';
import { osLabel } from '../domain/reprotect/os-version';
import type { ReplicatedItemDetail } from '../schemas/replicated-item-detail';
import { getDb, type Db } from './db';
import { activeJobOf, recoveryPlansOf } from './item-facts-parts';

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/** The item's page: essentials, reverse-replication settings, recovery points and jobs. */
export async function getReplicatedItemDetail(vaultId: string, itemId: string, db: Db = getDb()): Promise<ReplicatedItemDetail | null> {
  const item = await db.replicatedItem.findFirst({
    where: { id: itemId, vaultId },
    include: {
      forwardPolicy: { select: { friendlyName: true } },
      replicationGroup: { select: { name: true } },
      sourceDatastores: { select: { datastore: { select: { symbolicName: true } } } },
      planMemberships: { select: { group: { select: { plan: { select: { id: true, friendlyName: true } } } } } },
      masterTarget: { select: { name: true } },
      processServer: { select: { friendlyName: true } },
      datastore: { select: { symbolicName: true } },
      retentionVolume: { select: { volumeName: true } },
      failbackPolicy: true,
      jobs: { orderBy: { createdAt: 'desc' }, take: 5, select: { id: true, friendlyName: true, state: true, progress: true, startTime: true, endTime: true } },
      recoveryPoints: { orderBy: { time: 'desc' }, take: 10, select: { time: true, type: true } },
    },
  });
  if (!item) return null;
  const [total, latestAppConsistent, oldest] = await Promise.all([
    db.recoveryPoint.count({ where: { itemId } }),
    db.recoveryPoint.findFirst({ where: { itemId, type: 'AppConsistent' }, orderBy: { time: 'desc' }, select: { time: true } }),
    db.recoveryPoint.findFirst({ where: { itemId }, orderBy: { time: 'asc' }, select: { time: true } }),
  ]);
  const activeJob = item.jobs.find((job) => isActive(job.state));
  const commit = evaluateCommit({
    item: { ...item, name: item.friendlyName, activeJob: activeJobOf(item.jobs) },
    recoveryPointCount: total,
  });
  const policy = item.failbackPolicy;
  const hasReprotect = item.masterTarget || item.processServer || policy;
  return {
    id: item.id,
    name: item.friendlyName,
    osType: item.osType,
    osName: osLabel(item),
    diskCount: item.diskCount,
    protectionState: item.protectionState,
    activeLocation: item.activeLocation,
    replicationHealth: item.replicationHealth,
    rpoInSeconds: item.rpoInSeconds,
    lastSuccessfulFailoverTime: iso(item.lastSuccessfulFailoverTime),
    azureVmName: item.azureVmName,
    azureVmExists: item.azureVmExists,
    azureVmRunning: item.azureVmRunning,
    agentRegistered: item.agentRegistered,
    agentRegistersAt: iso(item.agentRegistersAt),
    failoverRecoveryPointTime: iso(item.failoverRecoveryPointTime),
    allowedOperations: allowedOperations({ ...item, activeJob }),
    commitRemoves: commit.removes[0]?.message ?? null,
    sourceVmPresent: item.sourceVmPresent,
    sourceDatastores: item.sourceDatastores.map((s) => s.datastore.symbolicName),
    forwardPolicy: item.forwardPolicy.friendlyName,
    replicationGroup: item.replicationGroup?.name ?? null,
    recoveryPlans: recoveryPlansOf(item.planMemberships),
    reprotect: hasReprotect
      ? {
          masterTarget: item.masterTarget?.name ?? null,
          processServer: item.processServer?.friendlyName ?? null,
          datastore: item.datastore?.symbolicName ?? null,
          retentionVolume: item.retentionVolume?.volumeName ?? null,
          failbackPolicy: policy
            ? {
                name: policy.friendlyName,
                rpoMinutes: policy.recoveryPointThresholdInMinutes,
                retentionMinutes: policy.recoveryPointHistoryInMinutes,
                appConsistentMinutes: policy.appConsistentFrequencyInMinutes,
              }
            : null,
        }
      : null,
    recoveryPoints: {
      total,
      latest: item.recoveryPoints.map((p) => ({ time: p.time.toISOString(), type: p.type })),
      latestAppConsistent: iso(latestAppConsistent?.time),
      oldest: iso(oldest?.time),
    },
    recentJobs: item.jobs.map((j) => ({ id: j.id, name: j.friendlyName, state: j.state, progress: j.progress, startTime: iso(j.startTime), endTime: iso(j.endTime) })),
  };
}
