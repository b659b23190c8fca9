import 'server-only';
import { z } from 'zod';
import { loadReprotectToAzureFacts } from '../../data/reprotect-to-azure';
import { progressIncrements } from '../../domain/jobs/job-state';
import { REPROTECT_TO_AZURE_STEPS } from '../../domain/jobs/reprotect-to-azure-steps';
import { PROTECTION_STATES } from '../../domain/protection-status';
import { evaluateReprotectToAzure, isAgentRegistered } from '../../domain/reprotect-to-azure/evaluate';
import { reprotectToAzureInputSchema } from '../../schemas/reprotect-to-azure';
import type { JobActionError, JobHandler, JobRecord, JobStep, Tx } from '../types';
import { agentNotRegistered, prerequisitesNoLongerMet } from './failback-errors';
import { itemMissing } from './reprotect-errors';
import { fail, firstRecoveryPoints, OK, simulate, simulateWithProgress, startRecoveryPointHistory, stepsWithPayload } from './step-kit';

// The Reprotect job from on-premises to Azure, after a committed failback: checks the
// Mobility agent of the on-premises VM (the service fails here while it has not
// registered, and a restart once it has resumes here), starts replication through the
// on-premises process server and leaves the VM protected under the forward policy.

export const reprotectToAzurePayloadSchema = reprotectToAzureInputSchema.extend({
  forwardPolicyId: z.string().min(1),
  previousProtectionState: z.enum(PROTECTION_STATES),
  recoveryPlanId: z.string().min(1).optional(),
});

/** Right after the initial replication the newest point is seconds old. */
const INITIAL_RPO_SECONDS = 30;

const step = stepsWithPayload(reprotectToAzurePayloadSchema, 'Reprotect');

export const reprotectToAzureSteps: JobStep[] = [
  step(REPROTECT_TO_AZURE_STEPS.ForwardPrerequisitesCheck.name, async (ctx, { payload, itemId }) => {
    await simulate(ctx, REPROTECT_TO_AZURE_STEPS.ForwardPrerequisitesCheck);
    const facts = await loadReprotectToAzureFacts(ctx.db, ctx.job.vaultId, itemId);
    if (!facts) return fail(itemMissing());
    const evaluation = evaluateReprotectToAzure(facts, payload, { ownJobId: ctx.job.id, viaRecoveryPlan: Boolean(payload.recoveryPlanId) });
    return evaluation.canSubmit ? OK : fail(prerequisitesNoLongerMet('Reprotect', evaluation.blockers.map((reason) => reason.message)));
  }),
  step(REPROTECT_TO_AZURE_STEPS.VerifyMobilityAgent.name, async (ctx, { itemId }) => {
    await simulate(ctx, REPROTECT_TO_AZURE_STEPS.VerifyMobilityAgent);
    const vm = await ctx.db.replicatedItem.findUnique({ where: { id: itemId }, select: { friendlyName: true, agentRegistered: true, agentRegistersAt: true } });
    if (!vm) return fail(itemMissing());
    return isAgentRegistered(vm, new Date()) ? OK : fail(agentNotRegistered(vm.friendlyName));
  }),
  step(REPROTECT_TO_AZURE_STEPS.StartForwardReplication.name, async (ctx) => {
    await simulate(ctx, REPROTECT_TO_AZURE_STEPS.StartForwardReplication);
    return OK;
  }),
  step(REPROTECT_TO_AZURE_STEPS.InitialReplication.name, async (ctx) => {
    await simulateWithProgress(ctx, REPROTECT_TO_AZURE_STEPS.InitialReplication, progressIncrements(ctx.speed));
    return OK;
  }),
  step(REPROTECT_TO_AZURE_STEPS.FinalizeForwardProtection.name, async (ctx, { payload, itemId }) => {
    await simulate(ctx, REPROTECT_TO_AZURE_STEPS.FinalizeForwardProtection);
    const firstPoints = await firstRecoveryPoints(ctx, payload.forwardPolicyId);
    return {
      ok: true,
      async commit(tx) {
        // Replication to Azure starts a history of its own, under the forward policy.
        await startRecoveryPointHistory(tx, itemId, firstPoints);
        await tx.replicatedItem.updateMany({
          where: { id: itemId },
          data: { protectionState: 'Protected', activeLocation: 'Primary', replicationHealth: 'Normal', rpoInSeconds: INITIAL_RPO_SECONDS, agentRegistered: true, agentRegistersAt: null },
        });
      },
    };
  }),
];

function previousState(job: JobRecord) {
  const parsed = reprotectToAzurePayloadSchema.safeParse(job.payload);
  return parsed.success ? parsed.data.previousProtectionState : 'UnplannedFailoverCommitted';
}

async function restoreItem(tx: Tx, job: JobRecord, extra: { replicationHealth?: 'Critical' } = {}): Promise<void> {
  if (!job.replicatedItemId) return;
  await tx.replicatedItem.updateMany({
    where: { id: job.replicatedItemId, protectionState: 'ReprotectInProgress' },
    data: { protectionState: previousState(job), processServerId: null, ...extra },
  });
}

async function prepareRestart(tx: Tx, job: JobRecord): Promise<JobActionError | null> {
  const parsed = reprotectToAzurePayloadSchema.safeParse(job.payload);
  if (!parsed.success) return { kind: 'refused', message: 'This job has no reprotect settings to run again. Start a new reprotect from the replicated item.' };
  const itemId = job.replicatedItemId;
  const gone: JobActionError = { kind: 'not-found', message: 'The replicated item of this job no longer exists.' };
  if (!itemId) return gone;
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ReplicatedItem" WHERE id = ${itemId} FOR UPDATE`;
  const facts = locked.length > 0 ? await loadReprotectToAzureFacts(tx, job.vaultId, itemId) : null;
  if (!facts) return gone;
  const evaluation = evaluateReprotectToAzure(facts, parsed.data, { viaRecoveryPlan: Boolean(parsed.data.recoveryPlanId) });
  const conflict = evaluation.blockers.find((reason) => reason.code === 'ITEM_OPERATION_IN_PROGRESS');
  if (conflict) return { kind: 'conflict', message: conflict.message };
  if (!evaluation.canSubmit) return { kind: 'refused', message: evaluation.blockers.map((reason) => reason.message).join(' ') };
  await tx.replicatedItem.update({
    where: { id: itemId },
    data: { protectionState: 'ReprotectInProgress', processServerId: parsed.data.processServerId, replicationHealth: 'Normal' },
  });
  return null;
}

/** The hooks of a reprotect to Azure; the Reprotect job type runs them for jobs going that way. */
export const reprotectToAzureHooks: Pick<JobHandler, 'onCancelled' | 'onFailed' | 'onRestart'> = {
  onCancelled: (tx, job) => restoreItem(tx, job),
  // The VM runs on-premises with nothing replicating it: flagged until a reprotect succeeds.
  onFailed: (tx, job) => restoreItem(tx, job, { replicationHealth: 'Critical' }),
  onRestart: prepareRestart,
};
