import { armWriteRoute } from '@/lib/arm/arm-route';
import { itemTarget, pathItem, type ItemParams } from '@/lib/arm/item-handlers';
import { accepted } from '@/lib/arm/route-helpers';
import { submitCommit } from '@/lib/data/commit';

/**
 * replicationProtectedItems.beginFailoverCommit (no body): the Commit blade's OK, removing
 * the Azure VM of a completed failback; 202 follows its job.
 */
export const POST = armWriteRoute<ItemParams>({ permission: 'items.failover', operation: 'replicatedItem.commit', target: itemTarget }, async (_body, context) => {
  const item = await pathItem(context);
  if (!item.ok) return item;
  const result = await submitCommit(context.grant.vault.id, { itemId: item.data.id });
  return result.ok ? { ok: true, data: accepted(context, result.data.jobId, 'failoverCommit') } : result;
});
