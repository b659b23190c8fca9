import { evaluateCommit, type CommitEvaluation, type CommitFacts } from '../commit/rules';
import { evaluateFailover, type FailoverEvaluation } from './evaluate';
import type { FailoverFacts, RecoveryPointChoiceType } from './facts';

// A recovery plan's failover and commit: each machine judged by the single-VM rules, as
// part of the plan (replication group members belong there), with one recovery point
// type for the whole plan. A plan goes only when every machine can.

export interface PlanFailoverRow {
  itemId: string;
  name: string;
  evaluation: FailoverEvaluation;
}

export function evaluatePlanFailover(machines: readonly FailoverFacts[], recoveryPointType: RecoveryPointChoiceType | undefined) {
  const rows: PlanFailoverRow[] = machines.map((facts) => ({
    itemId: facts.item.id,
    name: facts.item.name,
    evaluation: evaluateFailover(facts, { recoveryPointType }, { viaRecoveryPlan: true }),
  }));
  return { rows, canSubmit: rows.length > 0 && rows.every((row) => row.evaluation.canSubmit) };
}

/** The replication groups among the rows, with their common app-consistent point. */
export function planGroupPoints(machines: readonly FailoverFacts[]): Array<{ id: string; name: string; members: string[]; appConsistent: Date | null }> {
  const groups = new Map<string, { id: string; name: string; members: string[]; appConsistent: Date | null }>();
  for (const facts of machines) {
    const group = facts.item.replicationGroup;
    if (!group) continue;
    const entry = groups.get(group.id) ?? { id: group.id, name: group.name, members: [], appConsistent: facts.groupAppConsistent ?? null };
    entry.members.push(facts.item.name);
    groups.set(group.id, entry);
  }
  return [...groups.values()];
}

export interface PlanCommitRow {
  itemId: string;
  name: string;
  evaluation: CommitEvaluation;
}

export function evaluatePlanCommit(machines: readonly CommitFacts[]) {
  const rows: PlanCommitRow[] = machines.map((facts) => ({ itemId: facts.item.id, name: facts.item.name, evaluation: evaluateCommit(facts) }));
  return { rows, canSubmit: rows.length > 0 && rows.every((row) => row.evaluation.canSubmit) };
}
