import { NextResponse } from 'next/server';
import { armRoute } from '@/lib/arm/arm-route';
import { listItemsResponse } from '@/lib/arm/item-handlers';
import { pathContainer, type ContainerParams } from '@/lib/arm/route-helpers';

/** replicationProtectedItems.listByReplicationProtectionContainers ($filter, paged). */
export const GET = armRoute<ContainerParams>('vault.read', async (request, context) => {
  const fabric = await pathContainer(context);
  return fabric instanceof NextResponse ? fabric : listItemsResponse(request, context, fabric.id);
});
