import 'server-only';
import { evaluateReprotect, fieldErrors, type ReprotectEvaluation } from '../domain/reprotect/evaluate';
import { REPROTECT_JOB_NAME, REPROTECT_SCENARIO } from '../domain/jobs/reprotect-steps';
import type { ItemFacts } from '../domain/reprotect/facts';
import { failure, type ActionResult, invalidInput } from '../schemas/action-result';
import { reprotectDraftSchema, reprotectInputSchema, type ReprotectInput } from '../schemas/reprotect';
import { jobStarter } from './activity-context';
import { recordActivity } from './activity-log';
import { getDb, type Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { loadChosenReprotectFacts, loadVaultItemReprotectFacts, type DbOrTx } from './reprotect-facts';
import { lockForReprotect } from './reprotect-locks';
import { refusable, Refusal } from './refusals';
import { reprotectItemHold, reprotectJobPayload, reprotectTasks } from './reprotect-submission';

function refused(evaluation: ReprotectEvaluation) {
  const conflict = evaluation.blockers.find((r) => r.code === 'ITEM_OPERATION_IN_PROGRESS');
  if (conflict) return failure('conflict', conflict.message, { item: conflict.message }, evaluation.blockers);
  const [first] = evaluation.blockers;
  return failure('refused', first?.message ?? 'Reprotect is not possible.', fieldErrors(evaluation.blockers), evaluation.blockers);
}

/** Dry run: every check, nothing started. Accepts a partially filled blade. */
export async function validateReprotect(vaultId: string, raw: unknown, db: DbOrTx = getDb()): Promise<ActionResult<ReprotectEvaluation>> {
  const parsed = reprotectDraftSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const facts = await loadVaultItemReprotectFacts(vaultId, parsed.data.itemId, db);
  if (!facts) return failure('not-found', 'The replicated item no longer exists.');
  return { ok: true, data: evaluateReprotect(facts, parsed.data) };
}

/**
 * Starts a reprotect. The rules run again on the data as it is now, inside the
 * transaction that queues the job, with the item and the chosen master target locked:
 * submissions for one item, and submissions that count one master target's disks, are
 * decided one after the other. A partial unique index on Job (one active job per item)
 * backs this up.
 */
export async function submitReprotect(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ jobId: string }>> {
  const parsed = reprotectInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const input = parsed.data;
  const clash = { message: 'Another operation on this item was started at the same moment. Wait for it to finish.', field: 'item' };
  return refusable(async () => {
    const jobId = await db.$transaction(async (tx) => {
      await lockForReprotect(tx, { itemIds: [input.itemId], masterTargetIds: [input.masterTargetId] });
      // An item of another vault is not found, as if it did not exist.
      const facts = await loadChosenReprotectFacts(vaultId, input.itemId, input, tx);
      if (!facts) throw new Refusal(failure('not-found', 'The replicated item no longer exists.'));
      const evaluation = evaluateReprotect(facts, input);
      if (!evaluation.canSubmit || !facts.failbackPolicy) throw new Refusal(refused(evaluation));
      return createReprotectJob(tx, vaultId, facts.item, input, facts.failbackPolicy.id);
    });
    return { jobId };
  }, clash);
}

/** Queues the job of an item the caller has locked and judged, as its facts describe it. */
async function createReprotectJob(
  tx: Prisma.TransactionClient,
  vaultId: string,
  item: Pick<ItemFacts, 'id' | 'name' | 'protectionState'>,
  input: ReprotectInput,
  failbackPolicyId: string,
): Promise<string> {
  const itemId = item.id;
  const job = await tx.job.create({
    data: {
      vaultId,
      scenarioName: REPROTECT_SCENARIO,
      friendlyName: REPROTECT_JOB_NAME,
      targetObjectName: item.name,
      replicatedItemId: itemId,
      payload: reprotectJobPayload(input, failbackPolicyId, item.protectionState),
      ...jobStarter(),
      tasks: { create: reprotectTasks() },
    },
    select: { id: true },
  });
  await tx.replicatedItem.update({ where: { id: itemId }, data: reprotectItemHold(input, failbackPolicyId) });
  await recordActivity(tx, { result: 'Started', jobId: job.id, target: { type: 'replicatedItem', id: itemId, name: item.name } });
  return job.id;
}
