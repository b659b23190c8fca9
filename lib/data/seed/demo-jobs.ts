import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { REPROTECT_STEPS } from '../../domain/jobs/reprotect-steps';
import { DEMO_CS, DEMO_FAILBACK_POLICY, type DemoIds } from './demo-fabric';
import { DEMO_ITEMS } from './demo-items-catalog';
import { demoFailoverTime } from './demo-items';
import { demoVolumeId } from './demo-master-targets';
import { minutesAgo, type SeedDb } from './values';

type TaskList = Array<[name: string, friendlyName: string]>;

const FAILOVER_TASKS: TaskList = [
  ['PrerequisitesCheckTask', 'Prerequisites check for unplanned failover'],
  ['StartFailoverTask', 'Start failover'],
  ['StartReplicaVmTask', 'Start the replicated virtual machine'],
];
const COMMIT_TASKS: TaskList = [
  ['PrerequisitesCheckTask', 'Prerequisite check'],
  ['CommitFailoverTask', 'Commit'],
];
const ENABLE_TASKS: TaskList = [
  ['PrerequisitesCheckTask', 'Prerequisites check'],
  ['IdentifyTargetTask', 'Identifying replication target'],
  ['EnableProtectionTask', 'Enable replication'],
  ['InitialReplicationTask', 'Starting initial replication'],
  ['UpdateProviderStatesTask', 'Updating the provider states'],
];
const REPROTECT_TASKS: TaskList = REPROTECT_STEPS.map((step) => [step.name, step.friendlyName]);
const REPROTECT_FAILED_AT = REPROTECT_STEPS.findIndex((step) => step.name === 'StartReverseReplication');

interface DemoJobSpec {
  key: string;
  scenarioName: string;
  friendlyName: string;
  target: string;
  start: Date;
  durationMinutes: number;
  tasks: TaskList;
  failure?: { taskIndex: number; error: Omit<Prisma.JobErrorCreateManyInput, 'jobId' | 'taskId'> };
  payload?: Prisma.InputJsonValue;
}

function failedOverAt(name: string, now: Date): Date {
  return demoFailoverTime(name, now) ?? now;
}

function demoJobs(now: Date, ids: DemoIds): DemoJobSpec[] {
  const failover = (target: string): DemoJobSpec => ({
    key: `failover|${target}`,
    scenarioName: 'UnplannedFailover',
    friendlyName: 'Failover',
    target,
    start: minutesAgo(failedOverAt(target, now), 12),
    durationMinutes: 12,
    tasks: FAILOVER_TASKS,
  });
  const commit = (target: string): DemoJobSpec => ({
    key: `commit|${target}`,
    scenarioName: 'CommitFailover',
    friendlyName: 'Commit',
    target,
    start: minutesAgo(failedOverAt(target, now), -20),
    durationMinutes: 2,
    tasks: COMMIT_TASKS,
  });
  return [
    failover('fin-sql-01'),
    commit('fin-sql-01'),
    failover('web-iis-01'),
    commit('web-iis-01'),
    failover('crm-app-01'),
    {
      key: 'enable|sp-app-01',
      scenarioName: 'EnableDr',
      friendlyName: 'Enable replication',
      target: 'sp-app-01',
      start: minutesAgo(now, 14 * 24 * 60),
      durationMinutes: 46,
      tasks: ENABLE_TASKS,
    },
    {
      key: 'reprotect|app-stopped-01',
      scenarioName: 'ReverseReplication',
      friendlyName: 'Reprotect',
      target: 'app-stopped-01',
      start: minutesAgo(now, 40),
      durationMinutes: 9,
      tasks: REPROTECT_TASKS,
      // The choices the operator made, so that Restart re-runs the same reprotect once the VM is started.
      payload: {
        itemId: ids('item', 'app-stopped-01'),
        direction: 'AzureToOnPremises',
        masterTargetId: ids('mt', DEMO_CS),
        processServerId: ids('ps', 'ps-azure-weu-01'),
        datastoreId: ids('datastore', 'ds-vmfs-01'),
        retentionVolumeId: demoVolumeId(ids, DEMO_CS, 'R:'),
        failbackPolicyId: ids('policy', DEMO_FAILBACK_POLICY),
        previousProtectionState: 'UnplannedFailoverCommitted',
      },
      failure: {
        taskIndex: REPROTECT_FAILED_AT,
        error: {
          errorCode: '78093',
          errorMessage: 'The VM is not running, in a hung state, or not accessible.',
          possibleCauses:
            'The Azure virtual machine app-stopped-01-azure is shut down, so the Mobility service ' +
            'cannot register with the configuration server and reach the process server.',
          recommendedAction: 'Start the Azure virtual machine, then restart the reprotect job.',
          errorLevel: 'Error',
        },
      },
    },
  ];
}

/** Finished jobs (one failed reprotect) and recovery points of the forward-replicating items. */
export async function seedDemoJobs(tx: SeedDb, vaultId: string, now: Date, ids: DemoIds): Promise<void> {
  const jobs: Prisma.JobCreateManyInput[] = [];
  const tasks: Prisma.JobTaskCreateManyInput[] = [];
  const errors: Prisma.JobErrorCreateManyInput[] = [];

  for (const spec of demoJobs(now, ids)) {
    const jobId = ids('job', spec.key);
    const failedAt = spec.failure?.taskIndex ?? Infinity;
    const step = (spec.durationMinutes * 60_000) / spec.tasks.length;
    // A failed job ends with its failed task; the tasks after it never start.
    const end = new Date(spec.start.getTime() + Math.min(failedAt + 1, spec.tasks.length) * step);
    jobs.push({
      id: jobId,
      vaultId,
      scenarioName: spec.scenarioName,
      friendlyName: spec.friendlyName,
      state: spec.failure ? 'Failed' : 'Succeeded',
      stateDescription: spec.failure ? 'Failed' : 'Completed',
      targetObjectName: spec.target,
      replicatedItemId: ids('item', spec.target),
      payload: spec.payload ?? {},
      // A failed job stops where its failed task stood.
      progress: spec.failure ? Math.round((failedAt / spec.tasks.length) * 100) : 100,
      claimCount: 1,
      createdAt: spec.start,
      startTime: spec.start,
      endTime: end,
    });
    spec.tasks.forEach(([name, friendlyName], order) => {
      const ran = order <= failedAt;
      tasks.push({
        id: ids('task', `${spec.key}|${order}`),
        jobId,
        order,
        name,
        friendlyName,
        state: order === failedAt ? 'Failed' : ran ? 'Succeeded' : 'NotStarted',
        progress: ran ? 100 : 0,
        startTime: ran ? new Date(spec.start.getTime() + order * step) : null,
        endTime: ran ? new Date(spec.start.getTime() + (order + 1) * step) : null,
      });
    });
    if (spec.failure) {
      errors.push({
        ...spec.failure.error,
        id: ids('job-error', spec.key),
        jobId,
        taskId: ids('task', `${spec.key}|${spec.failure.taskIndex}`),
        creationTime: end,
      });
    }
  }
  await tx.job.createMany({ data: jobs });
  await tx.jobTask.createMany({ data: tasks });
  await tx.jobError.createMany({ data: errors });

  // Crash-consistent points every 15 minutes for two hours, app-consistent on the hour.
  await tx.recoveryPoint.createMany({
    data: DEMO_ITEMS.filter((spec) => spec.stage === 'forward').flatMap((spec) =>
      Array.from({ length: 8 }, (_, i) => ({
        id: ids('recovery-point', `${spec.name}|${i}`),
        itemId: ids('item', spec.name),
        time: minutesAgo(now, 5 + i * 15),
        type: i % 4 === 0 ? ('AppConsistent' as const) : ('CrashConsistent' as const),
      })),
    ),
  });
  // Points that no longer grow: a VM failed back keeps the failback policy's points, which
  // stopped when its failover began, until its commit; a stalled replication keeps those it
  // took before its RPO started to grow. Every 5 minutes, app-consistent 20 and 80 minutes
  // before the newest. (Items replicating back take theirs from the runner, on their cadence.)
  const frozen = DEMO_ITEMS.filter((spec) => spec.stage === 'failedBack' || (spec.stage === 'reprotected' && spec.replicationHealth === 'Critical'));
  await tx.recoveryPoint.createMany({
    data: frozen.flatMap((spec) => {
      const newest = spec.stage === 'failedBack' ? 27 : Math.round((spec.rpoInSeconds ?? 0) / 60);
      return Array.from({ length: 18 }, (_, i) => ({
        id: ids('recovery-point', `${spec.name}|failback|${i}`),
        itemId: ids('item', spec.name),
        time: minutesAgo(now, newest + i * 5),
        type: i % 12 === 4 ? ('AppConsistent' as const) : ('CrashConsistent' as const),
      }));
    }),
  });
}
