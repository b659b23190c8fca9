import { armRoute, type ArmParams } from '@/lib/arm/arm-route';
import { listItemsResponse } from '@/lib/arm/item-handlers';

/** replicationProtectedItems.list: every replicated item of the vault ($filter, paged). */
export const GET = armRoute<ArmParams>('vault.read', (request, context) => listItemsResponse(request, context));
