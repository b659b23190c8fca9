import { armJson, type ArmContext, type ArmParams } from './arm-route';
import { findFabric } from '../data/fabrics';
import type { RecoveryPlanDetail } from '../schemas/recovery-plans';
import { toArmRecoveryPlan } from './recovery-plans';

/** A plan as the RecoveryPlan resource, with the friendly name of the fabric its machines replicate through. */
export async function armPlan(plan: RecoveryPlanDetail, context: ArmContext<ArmParams>) {
  const { vault } = context.grant;
  const first = plan.groups.flatMap((group) => group.machines)[0];
  const fabric = first ? await findFabric(vault.id, first.configurationServerId) : null;
  return toArmRecoveryPlan(plan, fabric?.friendlyName ?? '', vault.location, context.ids);
}

export async function armPlanResponse(plan: RecoveryPlanDetail, context: ArmContext<ArmParams>) {
  return armJson(await armPlan(plan, context));
}
