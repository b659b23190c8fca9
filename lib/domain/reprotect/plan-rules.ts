import { evaluateReprotect, type ReprotectEvaluation } from './evaluate';
import { cycleStage, type CycleStage } from '../cycle/operations';
import { planMachineAllowed } from '../cycle/plan-rows';

/** Stages of a machine that failed back and runs on-premises again. */
const AFTER_FAILBACK: readonly CycleStage[] = ['FailbackCommitPending', 'CommittedOnPremises', 'ReprotectingToAzure'];
import { isReprotectableState } from './item-rules';
import type { ItemFacts, OsType, ReprotectFacts, ReprotectSelection } from './facts';
import { isBlocking, refuse, type Reason } from './reasons';

// Reprotecting a recovery plan: every machine of the plan that has failed over gets
// its own choices, judged by the single-VM rules, plus the rules that only exist
// across machines: one master target (and so one OS) per replication group.

/** What the plan rules read about one row: the machine and the master target chosen for it. */
export interface PlanRuleRow {
  itemId: string;
  name: string;
  osType: OsType;
  replicationGroup: { id: string; name: string } | null;
  masterTarget?: { id: string; name: string };
}

/**
 * Reasons that concern several rows at once, by item id (rows without any are absent).
 * A replication group is protected back through one master target: its machines
 * share crash- and app-consistent points, and those can only be taken in common
 * when one master target writes them all. Since a master target serves VMs of its
 * own OS only, a group that mixes Windows and Linux can never be reprotected.
 */
export function planReasons(rows: readonly PlanRuleRow[]): Record<string, Reason[]> {
  const byGroup = new Map<string, PlanRuleRow[]>();
  for (const row of rows) {
    if (!row.replicationGroup) continue;
    const members = byGroup.get(row.replicationGroup.id) ?? [];
    members.push(row);
    byGroup.set(row.replicationGroup.id, members);
  }
  const reasons: Record<string, Reason[]> = {};
  const add = (itemId: string, reason: Reason) => (reasons[itemId] ??= []).push(reason);

  for (const members of byGroup.values()) {
    const group = members[0]!.replicationGroup!.name;
    const osTypes = new Set(members.map((m) => m.osType));
    if (osTypes.size > 1) {
      const list = members.map((m) => `${m.name} (${m.osType})`).join(', ');
      for (const member of members) {
        add(
          member.itemId,
          refuse(
            'MT_GROUP_MISMATCH',
            'item',
            `Replication group ${group} mixes Windows and Linux machines: ${list}. A replication group must be all-Windows or all-Linux, ` +
              'because its machines are protected back through one master target, which serves VMs of its own OS only.',
          ),
        );
      }
      continue;
    }
    const chosen = members.filter((m) => m.masterTarget);
    if (new Set(chosen.map((m) => m.masterTarget!.id)).size <= 1) continue;
    const list = chosen.map((m) => `${m.name} → ${m.masterTarget!.name}`).join(', ');
    for (const member of chosen) {
      add(
        member.itemId,
        refuse(
          'MT_GROUP_MISMATCH',
          'masterTargetId',
          `${member.name} is in replication group ${group}, whose machines must all use the same master target (now ${list}). ` +
            'With different master targets a common point in time (multi-VM consistency) cannot be taken for the group.',
          { kind: 'masterTarget', id: member.masterTarget!.id },
        ),
      );
    }
  }
  return reasons;
}

/**
 * Why a machine of the plan is left out of its reprotect, or null when it gets a row.
 * A machine that failed over but cannot be reprotected yet (commit pending, an
 * operation running) keeps its row, so that the blade says what blocks it.
 */
export function planSkipReason(item: Pick<ItemFacts, 'name' | 'protectionState' | 'activeLocation'>): string | null {
  if (AFTER_FAILBACK.includes(cycleStage(item))) {
    return `${item.name} runs on-premises again after its failback: it is reprotected to Azure, with the plan's next Re-Protect.`;
  }
  if (item.activeLocation === 'Primary') {
    return `${item.name} has not failed over to Azure: it still runs on-premises, so there is nothing to protect back.`;
  }
  if (item.protectionState === 'Protected') return `${item.name} is already protected from Azure to on-premises.`;
  return null;
}

/**
 * Which way the plan's Re-Protect goes: from Azure to on-premises while a machine waits
 * for that (failed over to Azure and committed) or is being reprotected that way, else to
 * Azure for machines failed back and committed (or being reprotected to Azure); null when
 * no machine is at either point. A reprotect under way keeps its direction, so that its
 * blade stays open on the same side while the plan page refreshes.
 */
export function planReprotectDirection(
  machines: ReadonlyArray<Pick<ItemFacts, 'protectionState' | 'activeLocation'>>,
): 'RecoveryToPrimary' | 'PrimaryToRecovery' | null {
  const stages = machines.map(cycleStage);
  if (stages.some((stage) => stage === 'FailedOverToAzure' || stage === 'ReprotectingToOnPremises')) return 'RecoveryToPrimary';
  if (stages.some((stage) => stage === 'CommittedOnPremises' || stage === 'ReprotectingToAzure')) return 'PrimaryToRecovery';
  return null;
}

/** Whether the plan's Re-Protect command applies, and why not. */
export function planReprotectCommandState(
  machines: ReadonlyArray<Pick<ItemFacts, 'protectionState' | 'activeLocation'>>,
  reprotectRunning: boolean,
): { enabled: boolean; reason?: string } {
  if (reprotectRunning) return { enabled: false, reason: 'A reprotect of this recovery plan is in progress.' };
  if (machines.some((machine) => isReprotectableState(machine) || planMachineAllowed(machine, 'ReprotectToAzure'))) return { enabled: true };
  return {
    enabled: false,
    reason: 'No machine of this recovery plan has failed over (to Azure, or back on-premises) and been committed, so there is nothing to reprotect.',
  };
}

export interface PlanRowInput {
  facts: ReprotectFacts;
  selection: ReprotectSelection;
}

export interface PlanRowEvaluation {
  itemId: string;
  evaluation: ReprotectEvaluation;
  /** Reasons from the rules across rows (planReasons). */
  planReasons: Reason[];
  /** Every blocking reason of the row: its own rules and the plan's. */
  blockers: Reason[];
}

export interface PlanEvaluation {
  rows: PlanRowEvaluation[];
  canSubmit: boolean;
}

/**
 * Disks headed to each master target from the rows other than `itemId`: a master
 * target's disk limit counts every machine of the submission that it receives.
 */
function pendingDisks(rows: readonly PlanRowInput[]): (itemId: string) => Record<string, number> {
  const totals: Record<string, number> = {};
  for (const { facts, selection } of rows) {
    if (selection.masterTargetId) totals[selection.masterTargetId] = (totals[selection.masterTargetId] ?? 0) + facts.item.diskCount;
  }
  return (itemId) => {
    const own = rows.find((row) => row.facts.item.id === itemId);
    const mt = own?.selection.masterTargetId;
    return mt ? { ...totals, [mt]: (totals[mt] ?? 0) - own.facts.item.diskCount } : totals;
  };
}

/** Runs the single-VM rules on every row (as part of a plan) and the plan rules across them. */
export function evaluatePlanReprotect(rows: readonly PlanRowInput[]): PlanEvaluation {
  const pendingFor = pendingDisks(rows);
  const across = planReasons(
    rows.map(({ facts, selection }) => {
      const mt = facts.masterTargets.find((candidate) => candidate.id === selection.masterTargetId);
      return {
        itemId: facts.item.id,
        name: facts.item.name,
        osType: facts.item.osType,
        replicationGroup: facts.item.replicationGroup,
        masterTarget: mt ? { id: mt.id, name: mt.name } : undefined,
      };
    }),
  );
  const evaluated = rows.map(({ facts, selection }): PlanRowEvaluation => {
    const evaluation = evaluateReprotect(facts, selection, {
      viaRecoveryPlan: true,
      pendingDisksByMasterTarget: pendingFor(facts.item.id),
    });
    const fromPlan = across[facts.item.id] ?? [];
    return {
      itemId: facts.item.id,
      evaluation,
      planReasons: fromPlan,
      blockers: [...evaluation.blockers, ...fromPlan.filter(isBlocking)],
    };
  });
  return { rows: evaluated, canSubmit: evaluated.length > 0 && evaluated.every((row) => row.blockers.length === 0) };
}

/**
 * Whether the submitted rows are exactly the plan's machines that need reprotect,
 * as the plan is now. Returns the problems, worded for the operator.
 */
export function planRowCoverage(
  machines: ReadonlyArray<Pick<ItemFacts, 'id' | 'name' | 'protectionState' | 'activeLocation'>>,
  rowItemIds: readonly string[],
): string[] {
  const submitted = new Set(rowItemIds);
  const problems: string[] = [];
  const members = new Set(machines.map((m) => m.id));
  if (rowItemIds.some((id) => !members.has(id))) problems.push('Some rows are for machines that are not in this recovery plan any more.');
  for (const machine of machines) {
    const skip = planSkipReason(machine);
    if (skip && submitted.has(machine.id)) problems.push(skip);
    if (!skip && !submitted.has(machine.id)) problems.push(`Give the reprotect values for ${machine.name} too: every machine of the plan that has failed over is reprotected with it.`);
  }
  return problems;
}

/**
 * The facts of a plan's machines as the blade receives them: the fabric once, and
 * per machine only what differs, so that a plan of hundreds of machines stays small.
 */
export interface PlanReprotectFacts extends Omit<ReprotectFacts, 'item' | 'configurationServer' | 'failbackPolicy'> {
  machines: Array<Pick<ReprotectFacts, 'item' | 'configurationServer' | 'failbackPolicy'>>;
}

/** One machine's facts, as evaluateReprotect takes them. */
export function machineFacts(plan: PlanReprotectFacts, machine: PlanReprotectFacts['machines'][number]): ReprotectFacts {
  const { machines: _machines, ...fabric } = plan;
  return { ...fabric, ...machine };
}
