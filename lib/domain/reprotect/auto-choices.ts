import { evaluateReprotect, type EvaluateOptions } from './evaluate';
import type { ReprotectFacts } from './facts';
import { isBlocking, refuse, type Reason } from './reasons';

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
 * Why no choices are accepted for a machine: what refuses the item itself, else what
 * refuses each master target, else what refuses the rest with the first accepted one.
 */
export function noChoiceReasons(facts: ReprotectFacts, options: EvaluateOptions = {}, masterTargetIds?: readonly string[]): Reason[] {
  const open = evaluateReprotect(facts, {}, options);
  const itemBlockers = open.itemReasons.filter(isBlocking);
  if (itemBlockers.length > 0) return itemBlockers;
  const offered = open.masterTargets.filter((choice) => !masterTargetIds || masterTargetIds.includes(choice.id));
  const eligible = offered.find((choice) => choice.eligible);
  if (!eligible) {
    const reasons = offered.flatMap((choice) => choice.reasons.filter(isBlocking).slice(0, 1));
    return reasons.length > 0 ? reasons : [refuse('SELECTION_REQUIRED', 'masterTargetId', `No master target server is available for ${facts.item.name}.`)];
  }
  const withMt = evaluateReprotect(facts, { masterTargetId: eligible.id }, options);
  const attempt = {
    masterTargetId: eligible.id,
    processServerId: withMt.processServers.find((choice) => choice.eligible)?.id,
    datastoreId: withMt.datastores.find((choice) => choice.eligible)?.id,
    retentionVolumeId: withMt.defaults.retentionVolumeId ?? withMt.retentionVolumes.find((choice) => choice.eligible)?.id,
  };
  return evaluateReprotect(facts, attempt, options).blockers;
}

/** The plan's rows, and the machines no values were found for, with why. */
export interface PlanChoices {
  rows: MachineChoices[];
  unplaced: Array<{ itemId: string; name: string; reasons: Reason[] }>;
}

/**
 * A row for every machine of a plan: one after the other, each counting the disks the
 * rows before it send to a master target, and the machines of a replication group on
 * the master target chosen for the first of them. A machine the rules accept nothing
 * for gets empty values and is named, with the reasons, among the unplaced.
 */
export function autoPlanRows(machines: readonly ReprotectFacts[]): PlanChoices {
  const pending: Record<string, number> = {};
  const groupMasterTarget = new Map<string, string>();
  const unplaced: PlanChoices['unplaced'] = [];
  const rows = machines.map((facts) => {
    const group = facts.item.replicationGroup?.id;
    const fixed = group ? groupMasterTarget.get(group) : undefined;
    const options = { viaRecoveryPlan: true, pendingDisksByMasterTarget: { ...pending } };
    const only = fixed ? [fixed] : undefined;
    const choices = firstAcceptedChoices(facts, options, only);
    if (!choices) {
      unplaced.push({ itemId: facts.item.id, name: facts.item.name, reasons: noChoiceReasons(facts, options, only) });
      return { itemId: facts.item.id, masterTargetId: fixed ?? '', processServerId: '', datastoreId: '', retentionVolumeId: '' };
    }
    pending[choices.masterTargetId] = (pending[choices.masterTargetId] ?? 0) + facts.item.diskCount;
    if (group && !fixed) groupMasterTarget.set(group, choices.masterTargetId);
    return choices;
  });
  return { rows, unplaced };
}
