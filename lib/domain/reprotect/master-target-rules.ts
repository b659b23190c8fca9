import type { ItemFacts, MasterTargetFacts } from './facts';
import { masterTargetChecks } from './master-target-checks';
import type { Reason } from './reasons';

/**
 * Why this master target cannot receive this VM (empty when it can).
 * `pendingDisks` counts disks of other VMs headed to the same MT in the same
 * submission (a recovery plan), which also count against the disk limit.
 */
export function masterTargetReasons(
  mt: MasterTargetFacts,
  item: ItemFacts,
  now: Date,
  pendingDisks = 0,
): Reason[] {
  return masterTargetChecks(mt, { now, item, pendingDisks }).flatMap((check) => (check.reason ? [check.reason] : []));
}
