import type { Db } from '../../../lib/data/db';
import { submitReprotect } from '../../../lib/data/reprotect';
import { loadReprotectFacts } from '../../../lib/data/reprotect-facts';
import { evaluateReprotect } from '../../../lib/domain/reprotect/evaluate';
import type { ReprotectInput } from '../../../lib/schemas/reprotect';

/**
 * Queues `count` reprotects the way operators do, through submitReprotect, each with
 * the first choices the rules accept (a master target fills up, so later items move on).
 */
export async function queueReprotects(db: Db, vaultId: string, count: number): Promise<string[]> {
  const candidates = await db.replicatedItem.findMany({
    where: { vaultId, protectionState: 'UnplannedFailoverCommitted', replicationGroupId: null, azureVmRunning: true },
    select: { id: true },
    orderBy: { friendlyName: 'asc' },
  });
  const jobIds: string[] = [];
  for (const { id } of candidates) {
    if (jobIds.length === count) break;
    const input = await firstAcceptedInput(db, id);
    if (!input) continue;
    const result = await submitReprotect(input, db);
    if (result.ok) jobIds.push(result.data.jobId);
  }
  if (jobIds.length < count) throw new Error(`only ${jobIds.length} of ${count} reprotects could be queued`);
  return jobIds;
}

async function firstAcceptedInput(db: Db, itemId: string): Promise<ReprotectInput | null> {
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
