import { NextResponse } from 'next/server';
import { armJson, armRoute } from '@/lib/arm/arm-route';
import { toArmProtectedItem } from '@/lib/arm/protected-items';
import { notFound, pathContainer, type ContainerParams } from '@/lib/arm/route-helpers';
import { getProtectedItem } from '@/lib/data/protected-items';

type Params = ContainerParams & { replicatedProtectedItemName: string };

/** replicationProtectedItems.get */
export const GET = armRoute<Params>('vault.read', async (_request, context) => {
  const fabric = await pathContainer(context);
  if (fabric instanceof NextResponse) return fabric;
  const { vault } = context.grant;
  const item = await getProtectedItem(vault.id, context.params.replicatedProtectedItemName);
  if (!item || item.configurationServer.id !== fabric.id) return notFound('replicationProtectedItems', context.params.replicatedProtectedItemName);
  return armJson(toArmProtectedItem(item, vault.location, context.ids));
});
