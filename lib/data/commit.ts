import 'server-only';
import { evaluateCommit, type CommitEvaluation, type CommitFacts } from '../domain/commit/rules';
import { commitTasks, COMMIT_JOB_NAME, COMMIT_SCENARIO } from '../domain/jobs/commit-steps';
import { failure, invalidInput, type ActionResult } from '../schemas/action-result';
import { commitInputSchema } from '../schemas/commit';
import { getDb, type Db } from './db';
import { createItemJob, notFound, refusedBy, submitItemOperation } from './item-operation';
import { ACTIVE_JOB_STATES, type DbOrTx } from './reprotect-facts';
import { Refusal } from './refusals';
import { activeJobOf } from './item-facts-parts';

// Commit of a completed failover (the service's beginFailoverCommit). After a failback it
// deletes the failed-over VM in Azure; the Commit job does the work.

/** The commit facts of items of one vault; unknown ids are left out. */
export async function loadCommitFactsForItems(db: DbOrTx, vaultId: string, itemIds: readonly string[]): Promise<Map<string, CommitFacts>> {
  const items = await db.replicatedItem.findMany({
    where: { id: { in: [...itemIds] }, vaultId },
    select: {
      id: true,
      friendlyName: true,
      protectionState: true,
      activeLocation: true,
      azureVmName: true,
      azureVmExists: true,
      azureVmRunning: true,
      diskCount: true,
      jobs: { where: { state: { in: [...ACTIVE_JOB_STATES] } }, select: { id: true, friendlyName: true }, take: 1 },
    },
  });
  const counts =
    items.length === 0 ? [] : await db.recoveryPoint.groupBy({ by: ['itemId'], where: { itemId: { in: items.map((item) => item.id) } }, _count: { _all: true } });
  const pointCount = new Map(counts.map((row) => [row.itemId, row._count._all]));
  return new Map(
    items.map(({ jobs, friendlyName, ...item }) => [
      item.id,
      {
        item: { ...item, name: friendlyName, activeJob: activeJobOf(jobs) },
        recoveryPointCount: pointCount.get(item.id) ?? 0,
      },
    ]),
  );
}

export async function loadCommitFacts(db: DbOrTx = getDb(), vaultId: string, itemId: string): Promise<CommitFacts | null> {
  return (await loadCommitFactsForItems(db, vaultId, [itemId])).get(itemId) ?? null;
}

/** What the Commit blade shows: whether it can run, and what it removes. */
export async function validateCommit(vaultId: string, raw: unknown, db: DbOrTx = getDb()): Promise<ActionResult<CommitEvaluation>> {
  const parsed = commitInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const facts = await loadCommitFacts(db, vaultId, parsed.data.itemId);
  if (!facts) return failure('not-found', 'The replicated item no longer exists in this vault.');
  return { ok: true, data: evaluateCommit(facts) };
}

/** Starts a commit. The job holds the item until it ends; the item's state changes when the commit is done. */
export async function submitCommit(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ jobId: string }>> {
  const parsed = commitInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const { itemId } = parsed.data;
  return submitItemOperation(db, itemId, async (tx) => {
    const facts = (await loadCommitFacts(tx, vaultId, itemId)) ?? notFound();
    const evaluation = evaluateCommit(facts);
    if (!evaluation.canSubmit || !evaluation.direction) throw new Refusal(refusedBy(evaluation.blockers, 'Commit is not possible.'));
    return createItemJob(tx, {
      vaultId,
      scenarioName: COMMIT_SCENARIO,
      friendlyName: COMMIT_JOB_NAME,
      targetObjectName: facts.item.name,
      replicatedItemId: itemId,
      payload: { itemId, direction: evaluation.direction },
      tasks: commitTasks(evaluation.direction),
    });
  });
}
