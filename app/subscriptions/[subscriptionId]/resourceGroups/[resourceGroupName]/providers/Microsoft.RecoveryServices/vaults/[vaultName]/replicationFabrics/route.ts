import { armJson, armRoute, type ArmParams } from '@/lib/arm/arm-route';
import { toArmFabric } from '@/lib/arm/fabrics';
import { loadVaultFabrics } from '@/lib/data/fabrics';

/** replicationFabrics.list: the VMware fabric of each configuration server. */
export const GET = armRoute<ArmParams>('vault.read', async (_request, { grant, ids }) => {
  const { fabrics } = await loadVaultFabrics(grant.vault);
  return armJson({ value: fabrics.map((fabric) => toArmFabric(fabric, ids)) });
});
