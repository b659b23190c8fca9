import { NextResponse } from 'next/server';
import { armJson, armRoute } from '@/lib/arm/arm-route';
import { toArmVCenter } from '@/lib/arm/fabrics';
import { pathFabric, type FabricParams } from '@/lib/arm/route-helpers';
import { loadVaultFabrics } from '@/lib/data/fabrics';

/** replicationvCenters.listByReplicationFabrics: the vCenter servers the fabric discovers. */
export const GET = armRoute<FabricParams>('vault.read', async (_request, context) => {
  const fabric = await pathFabric(context);
  if (fabric instanceof NextResponse) return fabric;
  const { vcenters } = await loadVaultFabrics(context.grant.vault);
  const value = vcenters.filter((vc) => vc.fabricName === fabric.id).map((vc) => toArmVCenter(vc, context.grant.vault.location, context.ids));
  return armJson({ value });
});
