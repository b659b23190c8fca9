import 'server-only';
import { REPROTECT_SCENARIO } from '../../domain/jobs/reprotect-steps';
import type { JobHandler, JobRecord } from '../types';
import { reprotectHandler } from './reprotect';
import { reprotectToAzureHooks, reprotectToAzureSteps } from './reprotect-to-azure';

// A Reprotect (ReverseReplication) job goes either way, as in the service: from Azure to
// on-premises after a failover to Azure, or from on-premises to Azure after a failback.
// The payload's direction says which; each direction has its own tasks and hooks.

const toAzure = (job: JobRecord) => (job.payload as { direction?: unknown } | null)?.direction === 'OnPremisesToAzure';
const hooksFor = (job: JobRecord) => (toAzure(job) ? reprotectToAzureHooks : reprotectHandler);

export const reverseReplicationHandler: JobHandler = {
  scenarioName: REPROTECT_SCENARIO,
  steps: [...reprotectHandler.steps, ...reprotectToAzureSteps],
  onCancelled: (tx, job) => hooksFor(job).onCancelled(tx, job),
  onFailed: (tx, job, failure) => hooksFor(job).onFailed(tx, job, failure),
  onRestart: (tx, job) => hooksFor(job).onRestart(tx, job),
};
