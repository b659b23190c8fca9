import { armWriteRoute } from '@/lib/arm/arm-route';
import { REPROTECT_TARGETS } from '@/lib/arm/errors';
import { reprotectInputProblems, toReprotectInput } from '@/lib/arm/protected-items';
import { nameFromIdOrName, fabricOfContainer } from '@/lib/arm/resource-ids';
import { accepted, type ContainerParams } from '@/lib/arm/route-helpers';
import { getProtectedItem, resolveReprotectNames } from '@/lib/data/protected-items';
import { submitReprotect } from '@/lib/data/reprotect';
import { failure, invalidInput } from '@/lib/schemas/action-result';
import { reverseReplicationInputSchema } from '@/lib/schemas/arm-requests';

type Params = ContainerParams & { replicatedProtectedItemName: string };

/**
 * replicationProtectedItems.beginReprotect: the Re-Protect blade's OK. The same rules run
 * in the same transaction and queue the same job; 202 follows it to the item.
 */
export const POST = armWriteRoute<Params>(
  {
    permission: 'items.reprotect',
    operation: 'replicatedItem.reprotect',
    target: (params) => ({ type: 'replicatedItem', id: String(params.replicatedProtectedItemName).slice(0, 64), name: String(params.replicatedProtectedItemName).slice(0, 64) }),
    targets: REPROTECT_TARGETS,
  },
  async (body, context) => {
    const parsed = reverseReplicationInputSchema.safeParse(body);
    if (!parsed.success) return invalidInput(parsed.error);
    const { vault } = context.grant;
    const { fabricName, protectionContainerName, replicatedProtectedItemName } = context.params;
    const item = await getProtectedItem(vault.id, replicatedProtectedItemName);
    if (!item || item.configurationServer.id !== fabricName || fabricOfContainer(protectionContainerName) !== fabricName) {
      return failure('not-found', `The replicated item '${String(replicatedProtectedItemName).slice(0, 100)}' was not found in protection container '${String(protectionContainerName).slice(0, 100)}'.`);
    }
    const problems = reprotectInputProblems(parsed.data, item.forwardPolicy.failbackPolicy?.friendlyName ?? null);
    if (Object.keys(problems).length > 0) return failure('invalid', Object.values(problems)[0]!, problems);
    const details = parsed.data.properties.providerSpecificDetails;
    const resolved = await resolveReprotectNames(vault.id, nameFromIdOrName(details.masterTargetId), details);
    const result = await submitReprotect(vault.id, toReprotectInput(item.id, parsed.data, resolved));
    return result.ok ? { ok: true, data: accepted(context, result.data.jobId, 'reProtect') } : result;
  },
);
