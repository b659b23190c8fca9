import { NextResponse } from 'next/server';
import { armJson, armRoute } from '@/lib/arm/arm-route';
import { toArmContainer } from '@/lib/arm/fabrics';
import { pathContainer, type ContainerParams } from '@/lib/arm/route-helpers';
import { loadVaultFabrics } from '@/lib/data/fabrics';

/** replicationProtectionContainers.get */
export const GET = armRoute<ContainerParams>('vault.read', async (_request, context) => {
  const fabric = await pathContainer(context);
  if (fabric instanceof NextResponse) return fabric;
  const { itemCounts } = await loadVaultFabrics(context.grant.vault);
  return armJson(toArmContainer(fabric, itemCounts.get(fabric.id) ?? 0, context.grant.vault.location, context.ids));
});
