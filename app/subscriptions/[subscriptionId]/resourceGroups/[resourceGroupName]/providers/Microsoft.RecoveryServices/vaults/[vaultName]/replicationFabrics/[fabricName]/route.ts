import { armJson, armRoute } from '@/lib/arm/arm-route';
import { toArmFabric } from '@/lib/arm/fabrics';
import { notFound, type FabricParams } from '@/lib/arm/route-helpers';
import { loadVaultFabrics } from '@/lib/data/fabrics';

/** replicationFabrics.get */
export const GET = armRoute<FabricParams>('vault.read', async (_request, { grant, params, ids }) => {
  const { fabrics } = await loadVaultFabrics(grant.vault);
  const fabric = fabrics.find((candidate) => candidate.configurationServer.id === params.fabricName);
  return fabric ? armJson(toArmFabric(fabric, ids)) : notFound('replicationFabrics', params.fabricName);
});
