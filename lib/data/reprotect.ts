import 'server-only';
import { evaluateReprotect, type ReprotectEvaluation } from '../domain/reprotect/evaluate';
import { failure, type ActionResult, invalidInput } from '../schemas/action-result';
import { reprotectDraftSchema, reprotectInputSchema } from '../schemas/reprotect';
import { getDb, type Db } from './db';
import { loadVaultItemReprotectFacts, type DbOrTx } from './reprotect-facts';
import { decideReprotectInTurn } from './reprotect-in-turn';

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
 * decided one after the other (reprotect-in-turn.ts decides those that arrive together
 * in one transaction). A partial unique index on Job (one active job per item) backs
 * this up.
 */
export async function submitReprotect(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ jobId: string }>> {
  const parsed = reprotectInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  return decideReprotectInTurn(db, vaultId, parsed.data);
}
