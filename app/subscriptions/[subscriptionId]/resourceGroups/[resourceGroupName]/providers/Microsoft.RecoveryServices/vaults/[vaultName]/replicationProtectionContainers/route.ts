import { armJson, armRoute, type ArmParams } from '@/lib/arm/arm-route';
import { toArmContainer } from '@/lib/arm/fabrics';
import { loadVaultFabrics } from '@/lib/data/fabrics';

/** replicationProtectionContainers.list: every fabric's container. */
export const GET = armRoute<ArmParams>('vault.read', async (_request, { grant, ids }) => {
  const { fabrics, itemCounts } = await loadVaultFabrics(grant.vault);
  const value = fabrics.map(({ configurationServer: cs }) => toArmContainer(cs, itemCounts.get(cs.id) ?? 0, grant.vault.location, ids));
  return armJson({ value });
});
