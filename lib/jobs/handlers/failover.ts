import 'server-only';
import { z } from 'zod';
import { loadFailoverFacts } from '../../data/failover-facts';
import { evaluateFailover, recoveryPointChoices } from '../../domain/failover/evaluate';
import { FAILOVER_SCENARIO, FAILOVER_STEPS } from '../../domain/jobs/failover-steps';
import { PROTECTION_STATES } from '../../domain/protection-status';
import { AGENT_REGISTRATION_MINUTES } from '../../domain/reprotect/constants';
import { failoverInputSchema } from '../../schemas/failover';
import type { JobActionError, JobHandler, JobRecord, JobStep, Tx } from '../types';
import { esxiHostOutOfMemory, masterTargetHasSnapshots, masterTargetStorageVMotioned, prerequisitesNoLongerMet, vcenterNotConnected } from './failback-errors';
import { itemMissing } from './reprotect-errors';
import { fail, OK, simulate, stepsWithPayload } from './step-kit';

// The Failover job from Azure to on-premises (failback): re-checks the prerequisites,
// shuts the Azure VM down, has the master target hand the disks to the on-premises VM
// (created on the master target's host when it was deleted), re-enables VMware tools on
// Windows, boots the VM and leaves the failover waiting for its commit.

const payloadSchema = failoverInputSchema.extend({
  previousProtectionState: z.enum(PROTECTION_STATES),
  recoveryPlanId: z.string().min(1).optional(),
});

const step = stepsWithPayload(payloadSchema, 'Failover');

async function site(ctx: Parameters<JobStep['run']>[0], itemId: string) {
  return ctx.db.replicatedItem.findUnique({
    where: { id: itemId },
    select: {
      friendlyName: true,
      memoryGb: true,
      sourceVmPresent: true,
      datastoreId: true,
      sourceHost: { select: { id: true, name: true, freeMemoryGb: true } },
      masterTarget: {
        select: {
          name: true,
          snapshotCount: true,
          storageVMotioned: true,
          esxiHost: { select: { id: true, name: true, freeMemoryGb: true, vcenter: { select: { friendlyName: true, connectionState: true } } } },
        },
      },
    },
  });
}

const steps: JobStep[] = [
  // The blade's rules again on the data as it is now: the job may have waited in the queue.
  step(FAILOVER_STEPS.FailoverPrerequisitesCheck.name, async (ctx, { payload, itemId }) => {
    await simulate(ctx, FAILOVER_STEPS.FailoverPrerequisitesCheck);
    const facts = await loadFailoverFacts(ctx.db, ctx.job.vaultId, itemId);
    if (!facts) return fail(itemMissing());
    const evaluation = evaluateFailover(facts, payload, { ownJobId: ctx.job.id, viaRecoveryPlan: Boolean(payload.recoveryPlanId) });
    return evaluation.canSubmit ? OK : fail(prerequisitesNoLongerMet('Failover', evaluation.blockers.map((reason) => reason.message)));
  }),
  step(FAILOVER_STEPS.ShutdownAzureVm.name, async (ctx, { itemId }) => {
    await simulate(ctx, FAILOVER_STEPS.ShutdownAzureVm);
    return { ok: true, commit: (tx) => tx.replicatedItem.updateMany({ where: { id: itemId }, data: { azureVmRunning: false } }).then(() => undefined) };
  }),
  // The disks are detached from the master target and attached to the VM through vCenter.
  step(FAILOVER_STEPS.PrepareFailbackDisks.name, async (ctx, { itemId }) => {
    await simulate(ctx, FAILOVER_STEPS.PrepareFailbackDisks);
    const vm = await site(ctx, itemId);
    const mt = vm?.masterTarget;
    if (!vm || !mt) return fail(itemMissing());
    if (mt.esxiHost.vcenter.connectionState !== 'Connected') return fail(vcenterNotConnected(mt.esxiHost.vcenter.friendlyName));
    if (mt.snapshotCount > 0) return fail(masterTargetHasSnapshots(mt.name, mt.snapshotCount));
    if (mt.storageVMotioned) return fail(masterTargetStorageVMotioned(mt.name, vm.friendlyName));
    return OK;
  }),
  // A VM deleted on-premises is created again on the master target's host (alternate location).
  step(FAILOVER_STEPS.CreateOnPremisesVm.name, async (ctx, { itemId }) => {
    await simulate(ctx, FAILOVER_STEPS.CreateOnPremisesVm);
    const vm = await site(ctx, itemId);
    if (!vm?.masterTarget) return fail(itemMissing());
    if (vm.sourceVmPresent && vm.sourceHost) return OK;
    const hostId = vm.masterTarget.esxiHost.id;
    const datastoreId = vm.datastoreId;
    return {
      ok: true,
      async commit(tx) {
        await tx.replicatedItem.update({ where: { id: itemId }, data: { sourceVmPresent: true, sourceHostId: hostId } });
        if (datastoreId) {
          await tx.replicatedItemDatastore.deleteMany({ where: { itemId } });
          await tx.replicatedItemDatastore.create({ data: { itemId, datastoreId } });
        }
      },
    };
  }),
  // VMware tools were disabled when the Windows VM failed over to Azure.
  step(FAILOVER_STEPS.EnableVmwareTools.name, async (ctx) => {
    await simulate(ctx, FAILOVER_STEPS.EnableVmwareTools);
    return OK;
  }),
  step(FAILOVER_STEPS.StartOnPremisesVm.name, async (ctx, { itemId }) => {
    await simulate(ctx, FAILOVER_STEPS.StartOnPremisesVm);
    const vm = await site(ctx, itemId);
    const host = vm?.sourceHost ?? vm?.masterTarget?.esxiHost;
    if (!vm || !host) return fail(itemMissing());
    return host.freeMemoryGb < vm.memoryGb ? fail(esxiHostOutOfMemory(vm.friendlyName, host.name, vm.memoryGb, host.freeMemoryGb)) : OK;
  }),
  step(FAILOVER_STEPS.FinalizeFailover.name, async (ctx, { payload, itemId }) => {
    await simulate(ctx, FAILOVER_STEPS.FinalizeFailover);
    const facts = await loadFailoverFacts(ctx.db, ctx.job.vaultId, itemId);
    if (!facts) return fail(itemMissing());
    // Replication stopped when the failover began, so the chosen point is the one the blade showed.
    const point = recoveryPointChoices(facts).find((choice) => choice.type === payload.recoveryPointType)?.time ?? facts.points.latest;
    const now = new Date();
    return {
      ok: true,
      async commit(tx) {
        await tx.replicatedItem.updateMany({
          where: { id: itemId, protectionState: 'UnplannedFailoverInProgress' },
          data: {
            protectionState: 'UnplannedFailoverCommitPendingStatesBegin',
            activeLocation: 'Primary',
            lastSuccessfulFailoverTime: now,
            failoverRecoveryPointTime: point,
            rpoInSeconds: null,
            // The agent of the VM that just booted registers with the configuration server in a while.
            agentRegistered: false,
            agentRegistersAt: new Date(now.getTime() + AGENT_REGISTRATION_MINUTES * 60_000),
          },
        });
      },
    };
  }),
];

function previousState(job: JobRecord) {
  const parsed = payloadSchema.safeParse(job.payload);
  return parsed.success ? parsed.data.previousProtectionState : 'Protected';
}

/** Only an item still marked in progress is touched: it is this job's hold. */
async function release(tx: Tx, job: JobRecord, protectionState: (typeof PROTECTION_STATES)[number]): Promise<void> {
  if (!job.replicatedItemId) return;
  await tx.replicatedItem.updateMany({ where: { id: job.replicatedItemId, protectionState: 'UnplannedFailoverInProgress' }, data: { protectionState } });
}

async function prepareRestart(tx: Tx, job: JobRecord): Promise<JobActionError | null> {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) return { kind: 'refused', message: 'This job has no failover settings to run again. Start a new failover from the replicated item.' };
  const itemId = job.replicatedItemId;
  const gone: JobActionError = { kind: 'not-found', message: 'The replicated item of this job no longer exists.' };
  if (!itemId) return gone;
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ReplicatedItem" WHERE id = ${itemId} FOR UPDATE`;
  const facts = locked.length > 0 ? await loadFailoverFacts(tx, job.vaultId, itemId) : null;
  if (!facts) return gone;
  const evaluation = evaluateFailover(facts, parsed.data, { viaRecoveryPlan: Boolean(parsed.data.recoveryPlanId) });
  const conflict = evaluation.blockers.find((reason) => reason.code === 'ITEM_OPERATION_IN_PROGRESS');
  if (conflict) return { kind: 'conflict', message: conflict.message };
  if (!evaluation.canSubmit) return { kind: 'refused', message: evaluation.blockers.map((reason) => reason.message).join(' ') };
  await tx.replicatedItem.update({ where: { id: itemId }, data: { protectionState: 'UnplannedFailoverInProgress' } });
  return null;
}

export const failoverHandler: JobHandler = {
  scenarioName: FAILOVER_SCENARIO,
  steps,
  // Only a queued failover can be cancelled: nothing has happened to the item yet.
  onCancelled: (tx, job) => release(tx, job, previousState(job)),
  // The item shows the failed failover; failing over again (or a restart) retries it.
  onFailed: (tx, job) => release(tx, job, 'UnplannedFailoverFailed'),
  onRestart: prepareRestart,
};
