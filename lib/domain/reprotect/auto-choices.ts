import { evaluateReprotect, type EvaluateOptions } from './evaluate';
import type { ReprotectFacts } from './facts';

// Choices made the way an operator goes down the Re-Protect blade: a master target, then
// the first process server, datastore and retention drive (the default one first) that
// the rules accept with it. A recovery plan reprotected without values (the API's
// reProtect of a plan takes none) gets them this way; tests and benchmarks too.

export interface MachineChoices {
  itemId: string;
  masterTargetId: string;
  processServerId: string;
  datastoreId: string;
  retentionVolumeId: string;
}

/** The first accepted choices for one machine, among `masterTargetIds` when given; null when the rules accept none. */
export function firstAcceptedChoices(facts: ReprotectFacts, options: EvaluateOptions = {}, masterTargetIds?: readonly string[]): MachineChoices | null {
  const open = evaluateReprotect(facts, {}, options);
  if (open.itemReasons.some((reason) => reason.severity === 'error')) return null;
  const masterTargets = open.masterTargets.filter((choice) => choice.eligible && (!masterTargetIds || masterTargetIds.includes(choice.id)));
  for (const masterTarget of masterTargets) {
    const withMt = evaluateReprotect(facts, { masterTargetId: masterTarget.id }, options);
    const processServerId = withMt.processServers.find((choice) => choice.eligible)?.id ?? '';
    const retention = [withMt.defaults.retentionVolumeId, ...withMt.retentionVolumes.filter((choice) => choice.eligible).map((choice) => choice.id)];
    const retentionVolumeId = retention.find((id) => id !== undefined) ?? '';
    for (const datastore of withMt.datastores.filter((choice) => choice.eligible)) {
      const choices = { itemId: facts.item.id, masterTargetId: masterTarget.id, processServerId, datastoreId: datastore.id, retentionVolumeId };
      if (evaluateReprotect(facts, choices, options).canSubmit) return choices;
    }
  }
  return null;
}

/**
 * A row for every machine of a plan: one after the other, each counting the disks the
 * rows before it send to a master target, and the machines of a replication group on
 * the master target chosen for the first of them. A machine the rules accept nothing
 * for gets empty values, so that the submission says why.
 */
export function autoPlanRows(machines: readonly ReprotectFacts[]): MachineChoices[] {
  const pending: Record<string, number> = {};
  const groupMasterTarget = new Map<string, string>();
  return machines.map((facts) => {
    const group = facts.item.replicationGroup?.id;
    const fixed = group ? groupMasterTarget.get(group) : undefined;
    const choices = firstAcceptedChoices(facts, { viaRecoveryPlan: true, pendingDisksByMasterTarget: { ...pending } }, fixed ? [fixed] : undefined);
    if (!choices) return { itemId: facts.item.id, masterTargetId: fixed ?? '', processServerId: '', datastoreId: '', retentionVolumeId: '' };
    pending[choices.masterTargetId] = (pending[choices.masterTargetId] ?? 0) + facts.item.diskCount;
    if (group && !fixed) groupMasterTarget.set(group, choices.masterTargetId);
    return choices;
  });
}
