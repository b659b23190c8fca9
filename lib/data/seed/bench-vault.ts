import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db';
import { refreshStatistics } from '../maintenance';
import type { Prisma } from '../generated/prisma/client';
import { bulkInsert } from './bulk-insert';
import { createBenchFabric, type BenchFabric, type BenchMasterTarget } from './bench-fabric';
import { pick, pseudoRandom, type Random } from './random';
import { minutesAgo, OS, type OsProfile, type SeedDb } from './values';

export interface BenchVaultOptions {
  items: number;
  /** Finished jobs spread over the last 30 days; default one per five items. */
  jobs?: number;
  masterTargets?: number;
  volumesPerMasterTarget?: number;
  name?: string;
  /** Seed of the pseudo-random choices; the same seed gives the same vault. */
  seed?: number;
}

const WORKLOADS = ['app', 'web', 'sql', 'erp', 'crm', 'hr', 'fin', 'k8s-node'].concat(
  ['file', 'dc', 'git', 'log', 'mon', 'ora', 'sap', 'etl'],
);
const SITES = ['ams', 'fra', 'lon', 'par', 'dub'];
// About two Windows VMs for every Linux one, newer releases more common.
const OS_MIX: OsProfile[] = [
  OS.ws2012r2,
  OS.ws2016,
  OS.ws2016,
  OS.ws2019,
  OS.ws2019,
  OS.ws2019,
  OS.ubuntu1604,
  OS.ubuntu1804,
  OS.rhel79,
  OS.centos7,
  OS.ubuntu2004,
];
const SCENARIOS: Array<[scenario: string, friendly: string, tasks: string[]]> = [
  [
    'UnplannedFailover',
    'Failover',
    ['Prerequisites check for unplanned failover', 'Start failover', 'Start the replicated virtual machine'],
  ],
  ['CommitFailover', 'Commit', ['Prerequisite check', 'Commit']],
  ['EnableDr', 'Enable replication', ['Prerequisites check', 'Enable replication', 'Starting initial replication']],
  [
    'ReverseReplication',
    'Reprotect',
    ['Prerequisites check', 'Preparing the virtual machine', 'Reprotect the virtual machine'],
  ],
];

const REPROTECT_ERRORS = [
  {
    errorCode: '95226',
    errorMessage: 'Reprotect failed as the Azure VM was not able to reach the on-premises configuration server.',
    possibleCauses: 'The Azure VM cannot reach the configuration server, or the InMage Scout service is not running on it.',
    recommendedAction: 'Connect the Azure network over S2S VPN or ExpressRoute private peering; start the InMage Scout service.',
  },
  {
    errorCode: '78093',
    errorMessage: 'The VM is not running, in a hung state, or not accessible.',
    possibleCauses: 'The Azure VM is shut down or hung, so the Mobility service cannot reach the process server.',
    recommendedAction: 'Restart the Azure VM, then restart the reprotect job.',
  },
  {
    errorCode: '8061',
    errorMessage: 'The datastore is not accessible from ESXi host.',
    possibleCauses: "The datastore is not visible to the master target's ESXi host.",
    recommendedAction: 'Check the master target prerequisites and the supported datastores.',
  },
];

type Stage = Pick<Prisma.ReplicatedItemCreateManyInput, 'protectionState' | 'activeLocation'>;
// Weighted like a vault the morning after a failover drill.
const STAGES: Array<[weight: number, stage: Stage]> = [
  [70, { protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Recovery' }],
  [8, { protectionState: 'UnplannedFailoverCommitPendingStatesBegin', activeLocation: 'Recovery' }],
  [10, { protectionState: 'Protected', activeLocation: 'Primary' }],
  [7, { protectionState: 'Protected', activeLocation: 'Recovery' }],
  [5, { protectionState: 'UnplannedFailoverFailed', activeLocation: 'Primary' }],
];

function pickStage(random: Random): Stage {
  let roll = random() * 100;
  for (const [weight, stage] of STAGES) {
    if ((roll -= weight) < 0) return stage;
  }
  return STAGES[0]![1];
}

/**
 * A large vault for load and paging checks, written with batched createMany and
 * without a transaction (an interrupted build leaves a partial bench vault).
 */
export async function createBenchVault(db: Db, options: BenchVaultOptions): Promise<{ vaultId: string; vaultName: string }> {
  const random = pseudoRandom(options.seed ?? 1);
  const now = new Date();
  const vaultName = options.name ?? `bench-vault-${randomUUID().slice(0, 8)}`;
  const fabric = await createBenchFabric(db, {
    vaultName,
    masterTargets: options.masterTargets ?? 12,
    volumesPerMasterTarget: options.volumesPerMasterTarget ?? 4,
    replicationGroups: Math.ceil(options.items / 250),
    random,
    now,
  });
  const itemIds = await createBenchItems(db, fabric, options.items, random, now);
  await createBenchJobs(db, fabric.vaultId, itemIds, options.jobs ?? Math.floor(options.items / 5), random, now);
  await refreshStatistics(db);
  return { vaultId: fabric.vaultId, vaultName };
}

async function createBenchItems(db: SeedDb, fabric: BenchFabric, count: number, random: Random, now: Date) {
  const items: Prisma.ReplicatedItemCreateManyInput[] = [];
  const links: Prisma.ReplicatedItemDatastoreCreateManyInput[] = [];
  for (let n = 1; n <= count; n++) {
    const id = randomUUID();
    // A few Windows VMs in every 250 form a multi-VM consistency group (one OS per group).
    const group = n % 250 < 4 ? fabric.replicationGroupIds[Math.floor(n / 250) % fabric.replicationGroupIds.length] : undefined;
    const os = group ? OS.ws2016 : pick(random, OS_MIX);
    const name = `${pick(random, WORKLOADS)}-${pick(random, SITES)}-${String(n).padStart(5, '0')}`;
    const sourceVmPresent = random() > 0.1;
    let stage = pickStage(random);
    let mt: BenchMasterTarget | undefined;
    if (stage.protectionState === 'Protected' && stage.activeLocation === 'Recovery') {
      const candidates = fabric.masterTargets.filter((m) => m.osType === os.osType);
      if (candidates.length > 0) mt = pick(random, candidates);
      else stage = STAGES[0]![1];
    }
    const health = random();
    items.push({
      id,
      vaultId: fabric.vaultId,
      configurationServerId: fabric.configurationServerId,
      friendlyName: name,
      ...os,
      diskCount: 1 + Math.floor(random() * random() * 16),
      templateName: os.osType === 'Windows' && random() < 0.05 ? 'tmpl-win2016-std' : null,
      sourceVmPresent,
      azureVmName: `${name}-azure`,
      azureVmRunning: random() > 0.03,
      agentRegistered: random() > 0.02,
      canReachConfigurationServer: random() > 0.02,
      ...stage,
      replicationHealth: health < 0.85 ? 'Normal' : health < 0.95 ? 'Warning' : 'Critical',
      rpoInSeconds: stage.protectionState === 'Protected' ? 30 + Math.floor(random() * 3600) : null,
      lastSuccessfulFailoverTime: stage.activeLocation === 'Recovery' ? minutesAgo(now, 30 + Math.floor(random() * 2880)) : null,
      forwardPolicyId: fabric.forwardPolicyId,
      replicationGroupId: group ?? null,
      masterTargetId: mt?.id ?? null,
      processServerId: mt ? pick(random, fabric.processServerIds) : null,
      datastoreId: mt ? pick(random, mt.writableDatastoreIds) : null,
      retentionVolumeId: mt?.retentionVolumeId ?? null,
      failbackPolicyId: mt ? fabric.failbackPolicyId : null,
      createdAt: minutesAgo(now, 60 * 24 * 30 + n),
      updatedAt: now,
    });
    if (sourceVmPresent) {
      const first = pick(random, fabric.datastoreIds);
      const second = pick(random, fabric.datastoreIds);
      links.push({ itemId: id, datastoreId: first });
      if (second !== first && random() < 0.2) links.push({ itemId: id, datastoreId: second });
    }
  }
  await bulkInsert(db, 'ReplicatedItem', items);
  await bulkInsert(db, 'ReplicatedItemDatastore', links);
  return items.map((item) => ({ id: item.id!, name: item.friendlyName }));
}

async function createBenchJobs(
  db: SeedDb,
  vaultId: string,
  items: Array<{ id: string; name: string }>,
  count: number,
  random: Random,
  now: Date,
): Promise<void> {
  if (items.length === 0) return;
  const jobs: Prisma.JobCreateManyInput[] = [];
  const tasks: Prisma.JobTaskCreateManyInput[] = [];
  const errors: Prisma.JobErrorCreateManyInput[] = [];
  for (let n = 0; n < count; n++) {
    const id = randomUUID();
    const item = pick(random, items);
    const [scenarioName, friendlyName, taskNames] = pick(random, SCENARIOS);
    const roll = random();
    // Only reprotect jobs fail here, with the documented reprotect error codes.
    const state = roll < 0.05 ? 'Cancelled' : roll < 0.35 && scenarioName === 'ReverseReplication' ? 'Failed' : 'Succeeded';
    const start = minutesAgo(now, 10 + Math.floor(random() * 43_200));
    const end = minutesAgo(start, -(2 + Math.floor(random() * 40)));
    jobs.push({
      id,
      vaultId,
      scenarioName,
      friendlyName,
      state,
      stateDescription: state === 'Succeeded' ? 'Completed' : state,
      targetObjectName: item.name,
      replicatedItemId: item.id,
      payload: {},
      progress: state === 'Succeeded' ? 100 : 60,
      claimCount: 1,
      createdAt: start,
      startTime: start,
      endTime: end,
    });
    taskNames.forEach((taskFriendlyName, order) => {
      const last = order === taskNames.length - 1;
      const taskId = randomUUID();
      const taskState = last ? state : 'Succeeded';
      tasks.push({
        id: taskId,
        jobId: id,
        order,
        name: `Task${order + 1}`,
        friendlyName: taskFriendlyName,
        state: taskState,
        progress: taskState === 'Succeeded' ? 100 : 0,
        startTime: start,
        endTime: end,
      });
      if (last && state === 'Failed') {
        errors.push({ ...pick(random, REPROTECT_ERRORS), id: randomUUID(), jobId: id, taskId, creationTime: end });
      }
    });
  }
  await bulkInsert(db, 'Job', jobs);
  await bulkInsert(db, 'JobTask', tasks);
  await bulkInsert(db, 'JobError', errors);
}
