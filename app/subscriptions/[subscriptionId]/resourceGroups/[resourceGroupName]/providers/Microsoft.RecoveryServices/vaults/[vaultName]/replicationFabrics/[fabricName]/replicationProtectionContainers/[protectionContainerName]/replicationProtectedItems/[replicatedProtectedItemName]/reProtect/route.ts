import { armWriteRoute } from '@/lib/arm/arm-route';
import { REPROTECT_TARGETS } from '@/lib/arm/errors';
import { itemTarget, pathItem, type ItemParams } from '@/lib/arm/item-handlers';
import { reprotectInputProblems, toReprotectInput } from '@/lib/arm/protected-items';
import { nameFromIdOrName } from '@/lib/arm/resource-ids';
import { accepted } from '@/lib/arm/route-helpers';
import { resolveReprotectNames } from '@/lib/data/protected-items';
import { submitReprotect } from '@/lib/data/reprotect';
import { expectReprotect } from '@/lib/data/reprotect-in-turn';
import { submitReprotectToAzure } from '@/lib/data/reprotect-to-azure';
import { failure, invalidInput } from '@/lib/schemas/action-result';
import { forwardReplicationInputSchema, isReprotectToAzureBody, reverseReplicationInputSchema } from '@/lib/schemas/arm-requests';

/**
 * replicationProtectedItems.beginReprotect: the Re-Protect blade's OK, either way round.
 * RecoveryToPrimary (InMage) protects a VM that failed over to Azure back to on-premises;
 * PrimaryToRecovery (InMageAzureV2) protects a VM committed on-premises to Azure again.
 * The same rules run in the same transaction and queue the same job; 202 follows it.
 */
export const POST = armWriteRoute<ItemParams>(
  { permission: 'items.reprotect', operation: 'replicatedItem.reprotect', target: itemTarget, targets: REPROTECT_TARGETS },
  async (body, context) => {
    const { vault } = context.grant;
    if (isReprotectToAzureBody(body)) {
      const parsed = forwardReplicationInputSchema.safeParse(body);
      if (!parsed.success) return invalidInput(parsed.error);
      const item = await pathItem(context);
      if (!item.ok) return item;
      const processServerId = nameFromIdOrName(parsed.data.properties.providerSpecificDetails.processServerId);
      const result = await submitReprotectToAzure(vault.id, { itemId: item.data.id, direction: 'OnPremisesToAzure', processServerId });
      return result.ok ? { ok: true, data: accepted(context, result.data.jobId, 'reProtect') } : result;
    }
    const parsed = reverseReplicationInputSchema.safeParse(body);
    if (!parsed.success) return invalidInput(parsed.error);
    // Reprotects sent at once (automation does) are then decided in one turn.
    const arrived = expectReprotect(vault.id);
    try {
      const item = await pathItem(context);
      if (!item.ok) return item;
      const problems = reprotectInputProblems(parsed.data, item.data.forwardPolicy.failbackPolicy?.friendlyName ?? null);
      if (Object.keys(problems).length > 0) return failure('invalid', Object.values(problems)[0]!, problems);
      const details = parsed.data.properties.providerSpecificDetails;
      const resolved = await resolveReprotectNames(vault.id, nameFromIdOrName(details.masterTargetId), details);
      arrived();
      const result = await submitReprotect(vault.id, toReprotectInput(item.data.id, parsed.data, resolved));
      return result.ok ? { ok: true, data: accepted(context, result.data.jobId, 'reProtect') } : result;
    } finally {
      arrived();
    }
  },
);
