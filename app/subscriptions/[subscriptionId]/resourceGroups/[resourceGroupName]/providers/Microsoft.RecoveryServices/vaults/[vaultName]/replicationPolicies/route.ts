import { armJson, armRoute, type ArmParams } from '@/lib/arm/arm-route';
import { toArmPolicy } from '@/lib/arm/policies';
import { listPolicies } from '@/lib/data/policies';

/** replicationPolicies.list: forward policies, each followed by its failback policy. */
export const GET = armRoute<ArmParams>('vault.read', async (_request, { grant, ids }) => {
  const policies = await listPolicies(grant.vault.id);
  return armJson({ value: policies.map((policy) => toArmPolicy(policy, grant.vault.location, ids)) });
});
