import { evaluateReprotect } from '../domain/reprotect/evaluate';
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
  if (!facts) return null;
  const open = evaluateReprotect(facts, {});
  if (open.itemReasons.some((reason) => reason.severity === 'error')) return null;
  for (const masterTarget of open.masterTargets.filter((choice) => choice.eligible)) {
    const withMt = evaluateReprotect(facts, { masterTargetId: masterTarget.id });
    const input = {
      itemId,
      direction: 'AzureToOnPremises' as const,
      masterTargetId: masterTarget.id,
      processServerId: withMt.processServers.find((choice) => choice.eligible)?.id ?? '',
      datastoreId: withMt.datastores.find((choice) => choice.eligible)?.id ?? '',
      retentionVolumeId: withMt.defaults.retentionVolumeId ?? withMt.retentionVolumes.find((choice) => choice.eligible)?.id ?? '',
    };
    if (evaluateReprotect(facts, input).canSubmit) return input;
  }
  return null;
}
