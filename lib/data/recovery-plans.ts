import 'server-only';
import { osLabel } from '../domain/reprotect/os-version';
import { isActive } from '../domain/jobs/job-state';
import { protectionStateDescription, protectionStateTone } from '../domain/protection-status';
import { planOperationCommandState } from '../domain/cycle/plan-rows';
import { PLAN_COMMIT_SCENARIO, PLAN_FAILOVER_SCENARIO } from '../domain/jobs/plan-jobs';
import { PLAN_REPROTECT_SCENARIO } from '../domain/reprotect/plan-job';
import { planReprotectCommandState, planReprotectDirection } from '../domain/reprotect/plan-rules';
import type {
  MachineJobSummary,
  PlanJobSummary,
  RecoveryPlanDetail,
  RecoveryPlanGroupView,
  RecoveryPlanRow,
} from '../schemas/recovery-plans';
import { getDb, type Db } from './db';
import type { Prisma, RecoveryPlanGroupType } from './generated/prisma/client';

const planJobSelect = {
  id: true,
  friendlyName: true,
  scenarioName: true,
  state: true,
  stateDescription: true,
  progress: true,
  cancelRequested: true,
  startTime: true,
  endTime: true,
} satisfies Prisma.JobSelect;

/** The plan jobs of the failback cycle, whose machine jobs the plan page shows. */
const PLAN_OPERATION_SCENARIOS = [PLAN_REPROTECT_SCENARIO, PLAN_FAILOVER_SCENARIO, PLAN_COMMIT_SCENARIO];

/** Newest first; the id breaks ties. */
const NEWEST = [{ createdAt: 'desc' }, { id: 'desc' }] satisfies Prisma.JobOrderByWithRelationInput[];

function toPlanJob(job: Prisma.JobGetPayload<{ select: typeof planJobSelect }>): PlanJobSummary {
  return {
    id: job.id,
    name: job.friendlyName,
    scenarioName: job.scenarioName,
    state: job.state,
    stateDescription: job.stateDescription,
    progress: job.progress,
    cancelRequested: job.cancelRequested,
    startTime: job.startTime?.toISOString() ?? null,
    endTime: job.endTime?.toISOString() ?? null,
  };
}

/** The vault's recovery plans with their size and the last operation run on each. */
export async function listRecoveryPlans(vaultId: string, db: Db = getDb()): Promise<RecoveryPlanRow[]> {
  const plans = await db.recoveryPlan.findMany({
    where: { vaultId },
    orderBy: { friendlyName: 'asc' },
    select: {
      id: true,
      friendlyName: true,
      groups: { select: { items: { select: { itemId: true, item: { select: { replicationGroup: { select: { name: true } } } } } } } },
      jobs: { where: { parentJobId: null }, orderBy: NEWEST, take: 1, select: planJobSelect },
    },
  });
  return plans.map((plan) => {
    const entries = plan.groups.flatMap((group) => group.items);
    const groupNames = entries.flatMap((entry) => (entry.item.replicationGroup ? [entry.item.replicationGroup.name] : []));
    return {
      id: plan.id,
      name: plan.friendlyName,
      machineCount: new Set(entries.map((entry) => entry.itemId)).size,
      groupCount: plan.groups.length,
      replicationGroups: [...new Set(groupNames)].sort(),
      lastJob: plan.jobs[0] ? toPlanJob(plan.jobs[0]) : null,
    };
  });
}

/** Shutdown and failover are steps of every group; the boot groups are numbered, as the portal does. */
function groupTitle(groupType: RecoveryPlanGroupType, bootNumber: number): string {
  if (groupType === 'Shutdown') return 'All groups shutdown';
  if (groupType === 'Failover') return 'All groups failover';
  return `Group ${bootNumber}: Start`;
}

/** A plan of the vault with its groups in order, each machine's state and the latest reprotect; null when absent. */
export async function getRecoveryPlanDetail(vaultId: string, planId: string, db: Db = getDb()): Promise<RecoveryPlanDetail | null> {
  const plan = await db.recoveryPlan.findFirst({
    where: { id: planId, vaultId },
    select: {
      id: true,
      friendlyName: true,
      groups: {
        orderBy: { order: 'asc' },
        select: {
          id: true,
          groupType: true,
          items: {
            select: {
              item: {
                select: {
                  id: true,
                  friendlyName: true,
                  osType: true,
                  osDistribution: true,
                  osVersion: true,
                  protectionState: true,
                  activeLocation: true,
                  configurationServerId: true,
                  replicationGroup: { select: { id: true, name: true } },
                },
              },
            },
          },
        },
      },
      jobs: {
        where: { parentJobId: null, scenarioName: { in: PLAN_OPERATION_SCENARIOS } },
        orderBy: NEWEST,
        take: 1,
        select: {
          ...planJobSelect,
          childJobs: {
            select: {
              id: true,
              friendlyName: true,
              replicatedItemId: true,
              state: true,
              progress: true,
              tasks: { where: { state: 'InProgress' }, orderBy: { order: 'asc' }, take: 1, select: { friendlyName: true } },
            },
          },
        },
      },
    },
  });
  if (!plan) return null;
  const latest = plan.jobs[0];
  const machineJobs = new Map<string, MachineJobSummary>(
    (latest?.childJobs ?? []).flatMap((child) =>
      child.replicatedItemId
        ? [[child.replicatedItemId, { id: child.id, name: child.friendlyName, state: child.state, progress: child.progress, currentTask: child.tasks[0]?.friendlyName ?? null }]]
        : [],
    ),
  );
  let bootNumber = 0;
  const groups: RecoveryPlanGroupView[] = plan.groups.map((group) => {
    if (group.groupType === 'Boot') bootNumber += 1;
    const machines = group.items
      .map(({ item }) => ({
        id: item.id,
        name: item.friendlyName,
        osType: item.osType,
        osName: osLabel(item),
        protectionState: item.protectionState,
        activeLocation: item.activeLocation,
        configurationServerId: item.configurationServerId,
        statusText: protectionStateDescription(item.protectionState),
        statusTone: protectionStateTone(item.protectionState),
        replicationGroup: item.replicationGroup,
        job: machineJobs.get(item.id) ?? null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { id: group.id, title: groupTitle(group.groupType, bootNumber), groupType: group.groupType, machines };
  });
  const allMachines = groups.flatMap((group) => group.machines);
  const running = (scenario: string) => latest !== undefined && latest.scenarioName === scenario && isActive(latest.state);
  const latestOperation = latest ? toPlanJob(latest) : null;
  return {
    id: plan.id,
    name: plan.friendlyName,
    machineCount: new Set(allMachines.map((machine) => machine.id)).size,
    groups,
    latestReprotect: latest?.scenarioName === PLAN_REPROTECT_SCENARIO ? latestOperation : null,
    latestOperation,
    reprotect: planReprotectCommandState(allMachines, running(PLAN_REPROTECT_SCENARIO)),
    reprotectDirection: planReprotectDirection(allMachines),
    failover: planOperationCommandState(allMachines, 'UnplannedFailover', running(PLAN_FAILOVER_SCENARIO)),
    commit: planOperationCommandState(allMachines, 'Commit', running(PLAN_COMMIT_SCENARIO)),
  };
}

/** The plan's reprotect job that is still running, if any (what Cancel on the plan page stops). */
export async function findActivePlanReprotect(vaultId: string, planId: string, db: Db = getDb()): Promise<string | null> {
  const job = await db.job.findFirst({
    where: { vaultId, recoveryPlanId: planId, parentJobId: null, scenarioName: PLAN_REPROTECT_SCENARIO, state: { in: ['NotStarted', 'InProgress'] } },
    orderBy: NEWEST,
    select: { id: true },
  });
  return job?.id ?? null;
}

/** A plan of the vault by its name (the automation API names plans so); null when there is none. */
export async function findRecoveryPlanId(vaultId: string, name: string, db: Db = getDb()): Promise<string | null> {
  const plan = await db.recoveryPlan.findFirst({ where: { vaultId, friendlyName: name }, select: { id: true } });
  return plan?.id ?? null;
}
