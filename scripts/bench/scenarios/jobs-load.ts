import type { Db } from '../../../lib/data/db';
import { submitReprotect } from '../../../lib/data/reprotect';
import { firstAcceptedReprotect } from '../../../lib/data/reprotect-choices';

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
    const input = await firstAcceptedReprotect(id, db);
    if (!input) continue;
    const result = await submitReprotect(vaultId, input, db);
    if (result.ok) jobIds.push(result.data.jobId);
  }
  if (jobIds.length < count) throw new Error(`only ${jobIds.length} of ${count} reprotects could be queued`);
  return jobIds;
}
