import 'server-only';
import { z } from 'zod';
import { loadChosenReprotectFacts } from '../../data/reprotect-facts';
import { lockForReprotect } from '../../data/reprotect-locks';
import { progressIncrements, stepDurationMs } from '../../domain/jobs/job-state';
import { REPROTECT_SCENARIO, type ReprotectStepName } from '../../domain/jobs/reprotect-steps';
import { PROTECTION_STATES } from '../../domain/protection-status';
import { evaluateReprotect } from '../../domain/reprotect/evaluate';
import { reprotectInputSchema } from '../../schemas/reprotect';
import type { JobActionError, JobFailure, JobHandler, JobRecord, JobStep, StepContext, StepOutcome, Tx } from '../types';
import {
  azureVmNotRunning,
  configurationServerUnreachable,
  invalidJobInput,
  itemMissing,
  prerequisitesFailed,
} from './reprotect-errors';
import { firstRecoveryPoints, startRecoveryPointHistory } from './step-kit';

// The Reprotect (ReverseReplication) job: re-checks the blade's rules, prepares the
// master target, starts replication from Azure back to on-premises, synchronises the
// disks and leaves the item protected in that direction. The two Azure-side failures
// the docs describe (95226, 78093) happen here when the item's flags say so.

/** What submitReprotect stores in Job.payload. */
const payloadSchema = reprotectInputSchema.extend({
  failbackPolicyId: z.string().min(1),
  previousProtectionState: z.enum(PROTECTION_STATES),
  /** Set on the machine jobs of a recovery plan's reprotect, where replication group members belong. */
  recoveryPlanId: z.string().min(1).optional(),
});
type ReprotectPayload = z.infer<typeof payloadSchema>;

/** Right after synchronisation the newest point is seconds old. */
const INITIAL_RPO_SECONDS = 30;

const OK: StepOutcome = { ok: true };
const fail = (failure: JobFailure): StepOutcome => ({ ok: false, failure });

interface StepInput {
  payload: ReprotectPayload;
  itemId: string;
}

function defineStep(name: ReprotectStepName, body: (ctx: StepContext, input: StepInput) => Promise<StepOutcome>): JobStep {
  return {
    name,
    async run(ctx) {
      const parsed = payloadSchema.safeParse(ctx.job.payload);
      if (!parsed.success) return fail(invalidJobInput(parsed.error.issues.map((issue) => issue.message).join(' ')));
      if (!ctx.job.replicatedItemId) return fail(itemMissing());
      return body(ctx, { payload: parsed.data, itemId: ctx.job.replicatedItemId });
    },
  };
}

const duration = (ctx: StepContext, step: ReprotectStepName) => stepDurationMs(step, ctx.speed);

async function azureVm(ctx: StepContext, itemId: string) {
  return ctx.db.replicatedItem.findUnique({
    where: { id: itemId },
    select: { azureVmName: true, azureVmRunning: true, canReachConfigurationServer: true },
  });
}

const steps: JobStep[] = [
  // The rules of the blade again, on the data as it is now: the job may have waited in
  // the queue, and servers change. The job's own hold on the item is not a conflict.
  defineStep('PrerequisitesCheck', async (ctx, { payload, itemId }) => {
    await ctx.wait(duration(ctx, 'PrerequisitesCheck'));
    const facts = await loadChosenReprotectFacts(ctx.job.vaultId, itemId, payload, ctx.db);
    if (!facts) return fail(itemMissing());
    const evaluation = evaluateReprotect(facts, payload, { ownJobId: ctx.job.id, viaRecoveryPlan: Boolean(payload.recoveryPlanId) });
    return evaluation.canSubmit ? OK : fail(prerequisitesFailed(evaluation.blockers.map((reason) => reason.message)));
  }),
  // Preparing the master target needs the Azure VM discovered by (registered with) the
  // configuration server: this is where an unreachable CS surfaces as 95226.
  defineStep('PrepareMasterTarget', async (ctx, { itemId }) => {
    await ctx.wait(duration(ctx, 'PrepareMasterTarget'));
    const vm = await azureVm(ctx, itemId);
    if (!vm) return fail(itemMissing());
    return vm.canReachConfigurationServer ? OK : fail(configurationServerUnreachable(vm.azureVmName));
  }),
  defineStep('PrepareTargetDisks', async (ctx) => {
    await ctx.wait(duration(ctx, 'PrepareTargetDisks'));
    return OK;
  }),
  // Reverse replication starts from the Mobility service on the Azure VM: a VM that is
  // not running fails here with 78093, and a restart resumes at this task.
  defineStep('StartReverseReplication', async (ctx, { itemId }) => {
    await ctx.wait(duration(ctx, 'StartReverseReplication'));
    const vm = await azureVm(ctx, itemId);
    if (!vm) return fail(itemMissing());
    return vm.azureVmRunning ? OK : fail(azureVmNotRunning(vm.azureVmName));
  }),
  defineStep('SynchronizeDisks', async (ctx) => {
    const increments = progressIncrements(ctx.speed);
    const slice = duration(ctx, 'SynchronizeDisks') / increments;
    for (let i = 1; i <= increments; i++) {
      await ctx.wait(slice);
      await ctx.progress((i * 100) / increments);
    }
    return OK;
  }),
  defineStep('FinalizeProtection', async (ctx, { payload, itemId }) => {
    await ctx.wait(duration(ctx, 'FinalizeProtection'));
    const firstPoints = await firstRecoveryPoints(ctx, payload.failbackPolicyId);
    return {
      ok: true,
      async commit(tx) {
        // Points left from the forward direction describe the on-premises VM, not the
        // Azure VM now replicating back: the reverse direction starts its own history.
        await startRecoveryPointHistory(tx, itemId, firstPoints);
        await tx.replicatedItem.updateMany({
          where: { id: itemId },
          data: {
            protectionState: 'Protected',
            activeLocation: 'Recovery',
            replicationHealth: 'Normal',
            rpoInSeconds: INITIAL_RPO_SECONDS,
          },
        });
      },
    };
  }),
];

function previousState(job: JobRecord): ReprotectPayload['previousProtectionState'] {
  const parsed = payloadSchema.safeParse(job.payload);
  return parsed.success ? parsed.data.previousProtectionState : 'UnplannedFailoverCommitted';
}

/**
 * Puts the item back where it was before the reprotect and drops the reverse
 * replication settings, which only mean something while the item is protected.
 * Only an item still marked in progress is touched: it is this job's hold.
 */
async function restoreItem(tx: Tx, job: JobRecord, extra: { replicationHealth?: 'Critical' } = {}): Promise<void> {
  if (!job.replicatedItemId) return;
  await tx.replicatedItem.updateMany({
    where: { id: job.replicatedItemId, protectionState: 'ReprotectInProgress' },
    data: {
      protectionState: previousState(job),
      masterTargetId: null,
      processServerId: null,
      datastoreId: null,
      retentionVolumeId: null,
      failbackPolicyId: null,
      ...extra,
    },
  });
}

async function prepareRestart(tx: Tx, job: JobRecord): Promise<JobActionError | null> {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) {
    return { kind: 'refused', message: 'This job has no reprotect settings to run again. Start a new reprotect from the replicated item.' };
  }
  const payload = parsed.data;
  const itemId = job.replicatedItemId;
  const gone: JobActionError = { kind: 'not-found', message: 'The replicated item of this job no longer exists.' };
  if (!itemId) return gone;
  // As submitReprotect: the item and the master target whose disks it counts, locked first.
  const locked = await lockForReprotect(tx, { itemIds: [itemId], masterTargetIds: [payload.masterTargetId] });
  const facts = locked.has(itemId) ? await loadChosenReprotectFacts(job.vaultId, itemId, payload, tx) : null;
  if (!facts) return gone;
  const evaluation = evaluateReprotect(facts, payload, { viaRecoveryPlan: Boolean(payload.recoveryPlanId) });
  const conflict = evaluation.blockers.find((reason) => reason.code === 'ITEM_OPERATION_IN_PROGRESS');
  if (conflict) return { kind: 'conflict', message: conflict.message };
  if (!evaluation.canSubmit) return { kind: 'refused', message: evaluation.blockers.map((reason) => reason.message).join(' ') };
  await tx.replicatedItem.update({
    where: { id: itemId },
    data: {
      protectionState: 'ReprotectInProgress',
      masterTargetId: payload.masterTargetId,
      processServerId: payload.processServerId,
      datastoreId: payload.datastoreId,
      retentionVolumeId: payload.retentionVolumeId,
      failbackPolicyId: payload.failbackPolicyId,
      // The failure that flagged the item is being retried; a new failure flags it again.
      replicationHealth: 'Normal',
    },
  });
  return null;
}

export const reprotectHandler: JobHandler = {
  scenarioName: REPROTECT_SCENARIO,
  steps,
  onCancelled: (tx, job) => restoreItem(tx, job),
  // Critical rather than Warning: the VM runs in Azure with nothing replicating it back,
  // and the item stays flagged until the job is restarted or a new reprotect succeeds.
  onFailed: (tx, job) => restoreItem(tx, job, { replicationHealth: 'Critical' }),
  onRestart: prepareRestart,
};
