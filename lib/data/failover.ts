import 'server-only';
import { evaluateFailover, type FailoverEvaluation } from '../domain/failover/evaluate';
import { failoverTasks, FAILOVER_JOB_NAME, FAILOVER_SCENARIO } from '../domain/jobs/failover-steps';
import { failure, invalidInput, type ActionResult } from '../schemas/action-result';
import { failoverInputSchema, type FailoverInput } from '../schemas/failover';
import { getDb, type Db } from './db';
import { loadFailoverFacts } from './failover-facts';
import { createItemJob, notFound, refusedBy, submitItemOperation } from './item-operation';
import { Refusal } from './refusals';
import type { DbOrTx } from './reprotect-facts';

// Failover from Azure to on-premises (failback) of one replicated item: the service's
// beginUnplannedFailover with failoverDirection RecoveryToPrimary.

const draftSchema = failoverInputSchema.partial({ recoveryPointType: true });

/** Dry run: every check, nothing started. The recovery point may still be unchosen. */
export async function validateFailover(vaultId: string, raw: unknown, db: DbOrTx = getDb()): Promise<ActionResult<FailoverEvaluation>> {
  const parsed = draftSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const facts = await loadFailoverFacts(db, vaultId, parsed.data.itemId);
  if (!facts) return failure('not-found', 'The replicated item no longer exists in this vault.');
  return { ok: true, data: evaluateFailover(facts, parsed.data) };
}

/**
 * Starts a failover: every rule again on the data as it is now, with the item's row
 * locked, then the Failover job queued and the item marked in progress.
 */
export async function submitFailover(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ jobId: string }>> {
  const parsed = failoverInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const input = parsed.data;
  return submitItemOperation(db, input.itemId, async (tx) => {
    const facts = (await loadFailoverFacts(tx, vaultId, input.itemId)) ?? notFound();
    const evaluation = evaluateFailover(facts, input);
    if (!evaluation.canSubmit) throw new Refusal(refusedBy(evaluation.blockers, 'Failover is not possible.'));
    const jobId = await createItemJob(tx, {
      vaultId,
      scenarioName: FAILOVER_SCENARIO,
      friendlyName: FAILOVER_JOB_NAME,
      targetObjectName: facts.item.name,
      replicatedItemId: facts.item.id,
      payload: failoverJobPayload(input, facts.item.protectionState),
      tasks: failoverTasks({ osType: facts.item.osType, sourceVmPresent: facts.item.sourceVmPresent, bootHostName: facts.target.bootHost?.name ?? null }),
    });
    await tx.replicatedItem.update({ where: { id: facts.item.id }, data: { protectionState: 'UnplannedFailoverInProgress' } });
    return jobId;
  });
}

/** Job.payload of a Failover job, which its handler parses. */
export function failoverJobPayload(input: Omit<FailoverInput, 'itemId'> & { itemId: string }, previousProtectionState: string, recoveryPlanId?: string) {
  return {
    itemId: input.itemId,
    direction: input.direction,
    recoveryPointType: input.recoveryPointType,
    previousProtectionState,
    ...(recoveryPlanId ? { recoveryPlanId } : {}),
  };
}
