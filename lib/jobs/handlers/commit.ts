import 'server-only';
import { z } from 'zod';
import { loadCommitFacts } from '../../data/commit';
import { evaluateCommit } from '../../domain/commit/rules';
import { COMMIT_SCENARIO, COMMIT_STEPS } from '../../domain/jobs/commit-steps';
import { commitInputSchema } from '../../schemas/commit';
import type { JobActionError, JobHandler, JobRecord, JobStep, Tx } from '../types';
import { prerequisitesNoLongerMet } from './failback-errors';
import { itemMissing } from './reprotect-errors';
import { fail, OK, simulate, stepsWithPayload } from './step-kit';

// The Commit job. After a failback it deletes the failed-over VM in Azure and ends the
// replication that brought the VM back: the reverse-replication settings and the points
// of that direction go, and the VM runs on-premises, committed, until reprotected to
// Azure. After a failover to Azure it makes the recovery point final.

const payloadSchema = commitInputSchema.extend({ direction: z.enum(['RecoveryToPrimary', 'PrimaryToRecovery']), recoveryPlanId: z.string().min(1).optional() });

const step = stepsWithPayload(payloadSchema, 'Commit');

const steps: JobStep[] = [
  step(COMMIT_STEPS.CommitPrerequisitesCheck.name, async (ctx, { itemId }) => {
    await simulate(ctx, COMMIT_STEPS.CommitPrerequisitesCheck);
    const facts = await loadCommitFacts(ctx.db, ctx.job.vaultId, itemId);
    if (!facts) return fail(itemMissing());
    const evaluation = evaluateCommit(facts, { ownJobId: ctx.job.id });
    return evaluation.canSubmit ? OK : fail(prerequisitesNoLongerMet('Commit', evaluation.blockers.map((reason) => reason.message)));
  }),
  step(COMMIT_STEPS.DeleteAzureVm.name, async (ctx, { itemId }) => {
    await simulate(ctx, COMMIT_STEPS.DeleteAzureVm);
    return {
      ok: true,
      commit: async (tx) => {
        await tx.replicatedItem.updateMany({ where: { id: itemId }, data: { azureVmExists: false, azureVmRunning: false } });
      },
    };
  }),
  step(COMMIT_STEPS.CommitFailover.name, async (ctx, { payload, itemId }) => {
    await simulate(ctx, COMMIT_STEPS.CommitFailover);
    const toPrimary = payload.direction === 'RecoveryToPrimary';
    return {
      ok: true,
      async commit(tx) {
        await tx.recoveryPoint.deleteMany({ where: { itemId } });
        await tx.replicatedItem.updateMany({
          where: { id: itemId, protectionState: 'UnplannedFailoverCommitPendingStatesBegin' },
          data: {
            protectionState: 'UnplannedFailoverCommitted',
            ...(toPrimary
              ? { masterTargetId: null, processServerId: null, datastoreId: null, retentionVolumeId: null, failbackPolicyId: null }
              : {}),
          },
        });
      },
    };
  }),
];

async function prepareRestart(tx: Tx, job: JobRecord): Promise<JobActionError | null> {
  const itemId = job.replicatedItemId;
  const gone: JobActionError = { kind: 'not-found', message: 'The replicated item of this job no longer exists.' };
  if (!itemId) return gone;
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ReplicatedItem" WHERE id = ${itemId} FOR UPDATE`;
  const facts = locked.length > 0 ? await loadCommitFacts(tx, job.vaultId, itemId) : null;
  if (!facts) return gone;
  const evaluation = evaluateCommit(facts);
  const conflict = evaluation.blockers.find((reason) => reason.code === 'ITEM_OPERATION_IN_PROGRESS');
  if (conflict) return { kind: 'conflict', message: conflict.message };
  return evaluation.canSubmit ? null : { kind: 'refused', message: evaluation.blockers.map((reason) => reason.message).join(' ') };
}

export const commitHandler: JobHandler = {
  scenarioName: COMMIT_SCENARIO,
  steps,
  // A commit never marks its item: the job itself holds it, so ending the job is enough.
  onCancelled: async () => undefined,
  onFailed: async () => undefined,
  onRestart: prepareRestart,
};
