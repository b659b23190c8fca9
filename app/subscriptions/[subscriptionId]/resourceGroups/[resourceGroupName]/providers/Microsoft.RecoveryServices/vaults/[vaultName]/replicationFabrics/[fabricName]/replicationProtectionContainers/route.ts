import { NextResponse } from 'next/server';
import { armJson, armRoute } from '@/lib/arm/arm-route';
import { toArmContainer } from '@/lib/arm/fabrics';
import { pathFabric, type FabricParams } from '@/lib/arm/route-helpers';
import { loadVaultFabrics } from '@/lib/data/fabrics';

/** replicationProtectionContainers.listByReplicationFabrics: a fabric's one container. */
export const GET = armRoute<FabricParams>('vault.read', async (_request, context) => {
  const fabric = await pathFabric(context);
  if (fabric instanceof NextResponse) return fabric;
  const { itemCounts } = await loadVaultFabrics(context.grant.vault);
  return armJson({ value: [toArmContainer(fabric, itemCounts.get(fabric.id) ?? 0, context.grant.vault.location, context.ids)] });
});
