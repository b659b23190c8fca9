import { JOB_TYPE_SCENARIOS } from '../domain/jobs/job-display';
import { allowedActions, JOB_STATES, type JobState } from '../domain/jobs/job-state';
import { jobStateLabel } from '../domain/protection-status';
import type { ArmJob } from '../schemas/arm-resources';
import type { JobDetail, JobErrorDetails } from '../schemas/jobs-page';
import type { JobsApiFilters } from '../schemas/jobs-params';
import { parseODataFilter } from './odata';
import { RESOURCE_TYPES, type ArmIds } from './resource-ids';

// A job as the service's Job resource: its current attempt's state, tasks and errors
// (each error both as serviceErrorDetails and, with its numeric ASR code, as
// providerErrorDetails), and what may be done with it.

/** What every job of the list has; a job read alone adds its tasks and errors. */
export interface JobSource {
  id: string;
  friendlyName: string;
  scenarioName: string;
  targetObjectName: string;
  state: JobState;
  stateDescription: string | null;
  cancelRequested: boolean;
  createdAt: Date | string;
  startTime: Date | string | null;
  endTime: Date | string | null;
  replicatedItemId: string | null;
  recoveryPlanId: string | null;
}

const iso = (value: Date | string | null) => (value === null ? undefined : new Date(value).toISOString());

function armJobError(error: JobErrorDetails, taskId: string | undefined): ArmJob['properties']['errors'][number] {
  const numeric = /^\d+$/.test(error.errorCode) ? Number(error.errorCode) : undefined;
  const details = { possibleCauses: error.possibleCauses, recommendedAction: error.recommendedAction };
  return {
    serviceErrorDetails: { code: error.errorCode, message: error.errorMessage, ...details },
    providerErrorDetails: { ...(numeric !== undefined ? { errorCode: numeric } : {}), errorMessage: error.errorMessage, ...details },
    errorLevel: error.errorLevel,
    creationTime: error.creationTime,
    ...(taskId ? { taskId } : {}),
  };
}

export function toArmJob(job: JobSource, ids: ArmIds, detail?: Pick<JobDetail, 'tasks' | 'errors'>): ArmJob {
  const onPlan = job.recoveryPlanId !== null && job.replicatedItemId === null;
  const taskIdByName = new Map((detail?.tasks ?? []).map((task) => [task.friendlyName, task.id]));
  const errors = (detail?.errors ?? []).map((error) => armJobError(error, error.taskName ? taskIdByName.get(error.taskName) : undefined));
  const startTime = iso(job.startTime);
  const endTime = iso(job.endTime);
  return {
    id: ids.job(job.id),
    name: job.id,
    type: RESOURCE_TYPES.job,
    properties: {
      activityId: job.id,
      scenarioName: job.scenarioName,
      friendlyName: job.friendlyName,
      state: job.state,
      stateDescription: job.stateDescription ?? jobStateLabel(job.state),
      tasks: (detail?.tasks ?? []).map((task) => ({
        taskId: task.id,
        name: task.name,
        friendlyName: task.friendlyName,
        state: task.state,
        stateDescription: jobStateLabel(task.state),
        taskType: 'JobTaskDetails',
        ...(task.startTime ? { startTime: task.startTime } : {}),
        ...(task.endTime ? { endTime: task.endTime } : {}),
        allowedActions: [],
        errors: errors.filter((error) => error.taskId === task.id),
      })),
      errors,
      ...(startTime ? { startTime } : {}),
      ...(endTime ? { endTime } : {}),
      allowedActions: allowedActions(job.state, { cancelRequested: job.cancelRequested, scenarioName: job.scenarioName }),
      targetObjectId: (onPlan ? job.recoveryPlanId : job.replicatedItemId) ?? '',
      targetObjectName: job.targetObjectName,
      targetInstanceType: onPlan ? 'RecoveryPlan' : 'ProtectionEntity',
      customDetails: {
        instanceType: 'AsrJobDetails',
        affectedObjectDetails: { [onPlan ? 'RecoveryPlanName' : 'ProtectedItemName']: job.targetObjectName },
      },
    },
  };
}

const JOB_FILTER_FIELDS = {
  startTime: ['eq', 'ge', 'gt'],
  endTime: ['eq', 'le', 'lt'],
  jobStatus: ['eq'],
  jobName: ['eq'],
  affectedObjectTypes: ['eq'],
} as const;

const AFFECTED_TYPES = { ReplicationProtectedItem: 'item', ProtectionEntity: 'item', RecoveryPlan: 'plan' } as const;

/** $filter of the jobs list (JobQueryParameter): times, state, job name (scenario) and affected object type. */
export function parseJobFilter(text: string | null): { ok: true; filters: JobsApiFilters } | { ok: false; message: string } {
  const parsed = parseODataFilter(text, JOB_FILTER_FIELDS);
  if (!parsed.ok) return parsed;
  const filters: JobsApiFilters = { range: 'all' };
  for (const { field, value } of parsed.clauses) {
    switch (field) {
      case 'startTime':
      case 'endTime': {
        const date = new Date(value);
        if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) return { ok: false, message: `$filter: ${field} must be an ISO 8601 time, such as 2026-01-31T00:00:00Z.` };
        if (field === 'startTime') filters.createdFrom = date;
        else filters.createdTo = date;
        break;
      }
      case 'jobStatus': {
        const state = JOB_STATES.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
        if (!state) return { ok: false, message: `$filter: jobStatus is one of ${JOB_STATES.join(', ')}.` };
        filters.status = state;
        break;
      }
      case 'jobName': {
        const scenario = JOB_TYPE_SCENARIOS.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
        if (!scenario) return { ok: false, message: `$filter: jobName is one of ${JOB_TYPE_SCENARIOS.join(', ')}.` };
        filters.type = scenario;
        break;
      }
      case 'affectedObjectTypes': {
        const type = Object.entries(AFFECTED_TYPES).find(([name]) => name.toLowerCase() === value.toLowerCase());
        if (!type) return { ok: false, message: `$filter: affectedObjectTypes is one of ${Object.keys(AFFECTED_TYPES).join(', ')}.` };
        filters.target = type[1];
        break;
      }
    }
  }
  return { ok: true, filters };
}

/** A job read alone (the job blade's read) as the translation's source. */
export function jobSourceOfDetail(detail: JobDetail): JobSource {
  return {
    id: detail.id,
    friendlyName: detail.name,
    scenarioName: detail.scenarioName,
    targetObjectName: detail.itemName,
    state: detail.state,
    stateDescription: detail.stateDescription,
    cancelRequested: detail.cancelRequested,
    createdAt: detail.createdAt,
    startTime: detail.startTime,
    endTime: detail.endTime,
    replicatedItemId: detail.itemId,
    recoveryPlanId: detail.recoveryPlanId,
  };
}
