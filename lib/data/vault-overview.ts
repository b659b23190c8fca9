import 'server-only';
import {
  PROTECTION_STATES,
  REPLICATION_HEALTHS,
  isInfrastructureServerHealthy,
  type InfrastructureServerSignal,
} from '@/lib/domain/protection-status';
import { CYCLE_STAGES, cycleStage } from '@/lib/domain/cycle/operations';
import type { InfrastructureHealth, RecentJob, VaultOverview } from '@/lib/schemas/vault-overview';
import { getDb } from './db';
import { countRecentJobsByStatus } from './jobs';

const RECENT_JOB_COUNT = 5;

export async function getVaultOverview(vaultId: string, now = new Date()): Promise<VaultOverview> {
  const db = getDb();
  const [byState, byHealth, infrastructure, recentJobs, jobCounts] = await Promise.all([
    db.replicatedItem.groupBy({ by: ['protectionState', 'activeLocation'], where: { vaultId }, _count: { _all: true } }),
    db.replicatedItem.groupBy({ by: ['replicationHealth'], where: { vaultId }, _count: { _all: true } }),
    getInfrastructureHealth(vaultId, now),
    listRecentJobs(vaultId),
    countRecentJobsByStatus(vaultId, db),
  ]);

  const stateCounts = new Map<string, number>();
  const stageCounts = new Map<string, number>();
  for (const row of byState) {
    stateCounts.set(row.protectionState, (stateCounts.get(row.protectionState) ?? 0) + row._count._all);
    const stage = cycleStage(row);
    stageCounts.set(stage, (stageCounts.get(stage) ?? 0) + row._count._all);
  }
  const healthCounts = new Map(byHealth.map((row) => [row.replicationHealth, row._count._all]));
  return {
    totalItems: byState.reduce((sum, row) => sum + row._count._all, 0),
    itemsByProtectionState: PROTECTION_STATES.map((state) => ({ state, count: stateCounts.get(state) ?? 0 })),
    itemsByReplicationHealth: REPLICATION_HEALTHS.map((health) => ({ health, count: healthCounts.get(health) ?? 0 })),
    itemsByCycleStage: CYCLE_STAGES.map((stage) => ({ stage, count: stageCounts.get(stage) ?? 0 })),
    infrastructure,
    recentJobs,
    jobCounts,
  };
}

// A vault has a handful of servers, so reading their few health fields and applying the
// domain rule here is cheaper to keep right than re-expressing the rule as SQL.
async function getInfrastructureHealth(vaultId: string, now: Date): Promise<InfrastructureHealth> {
  const db = getDb();
  const [configurationServers, processServers, masterTargets] = await Promise.all([
    db.configurationServer.findMany({ where: { vaultId }, select: { lastHeartbeat: true, connectionState: true } }),
    db.processServer.findMany({ where: { vaultId }, select: { lastHeartbeat: true, health: true } }),
    db.masterTargetServer.findMany({ where: { vaultId }, select: { lastHeartbeat: true } }),
  ]);
  return {
    configurationServers: tally(
      configurationServers.map((cs) => ({ lastHeartbeat: cs.lastHeartbeat, connected: cs.connectionState === 'Connected' })),
      now,
    ),
    processServers: tally(processServers, now),
    masterTargets: tally(masterTargets, now),
  };
}

function tally(servers: InfrastructureServerSignal[], now: Date) {
  const healthy = servers.filter((server) => isInfrastructureServerHealthy(server, now)).length;
  return { healthy, unhealthy: servers.length - healthy };
}

async function listRecentJobs(vaultId: string): Promise<RecentJob[]> {
  const jobs = await getDb().job.findMany({
    // Child jobs are steps of a parent job; the overview lists what operators started.
    where: { vaultId, parentJobId: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: RECENT_JOB_COUNT,
    select: {
      id: true,
      friendlyName: true,
      targetObjectName: true,
      state: true,
      stateDescription: true,
      createdAt: true,
      startTime: true,
    },
  });
  return jobs.map((job) => ({
    id: job.id,
    name: job.friendlyName,
    itemName: job.targetObjectName,
    state: job.state,
    stateDescription: job.stateDescription,
    time: (job.startTime ?? job.createdAt).toISOString(),
  }));
}
