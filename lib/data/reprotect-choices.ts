import 'server-only';
import { firstAcceptedChoices } from '../domain/reprotect/auto-choices';
import type { ReprotectInput } from '../schemas/reprotect';
import { getDb } from './db';
import { loadReprotectFacts, type DbOrTx } from './reprotect-facts';

/**
 * The first choices the rules accept for an item, picked the way an operator would
 * go down the blade (a master target, then what it allows); null when nothing is
 * accepted. Benchmarks and tests queue realistic reprotects with it.
 */
export async function firstAcceptedReprotect(itemId: string, db: DbOrTx = getDb()): Promise<ReprotectInput | null> {
  const facts = await loadReprotectFacts(db, itemId);
  const choices = facts ? firstAcceptedChoices(facts) : null;
  return choices ? { ...choices, direction: 'AzureToOnPremises' } : null;
}
