import { armWriteRoute } from '@/lib/arm/arm-route';
import { itemTarget, pathItem, type ItemParams } from '@/lib/arm/item-handlers';
import { accepted } from '@/lib/arm/route-helpers';
import { submitFailover } from '@/lib/data/failover';
import { invalidInput } from '@/lib/schemas/action-result';
import { unplannedFailoverInputSchema } from '@/lib/schemas/arm-requests';

/**
 * replicationProtectedItems.beginUnplannedFailover (RecoveryToPrimary): the Failover
 * blade's OK, failing a VM reprotected to on-premises back from Azure at the latest
 * processed (LatestTime) or latest app-consistent (LatestTag) point; 202 follows its job.
 */
export const POST = armWriteRoute<ItemParams>(
  { permission: 'items.failover', operation: 'replicatedItem.failover', target: itemTarget, targets: { recoveryPointType: 'properties.providerSpecificDetails.recoveryPointType' } },
  async (body, context) => {
    const parsed = unplannedFailoverInputSchema.safeParse(body);
    if (!parsed.success) return invalidInput(parsed.error);
    const item = await pathItem(context);
    if (!item.ok) return item;
    const { failoverDirection, providerSpecificDetails } = parsed.data.properties;
    const result = await submitFailover(context.grant.vault.id, {
      itemId: item.data.id,
      direction: failoverDirection,
      recoveryPointType: providerSpecificDetails?.recoveryPointType ?? 'LatestTime',
    });
    return result.ok ? { ok: true, data: accepted(context, result.data.jobId, 'unplannedFailover') } : result;
  },
);
