import { formatRpo } from '../protection-status';
import { isBlocking, refuse, type Reason } from '../reprotect/reasons';
import type { FailoverFacts, FailoverSelection, RecoveryPointChoiceType } from './facts';
import { failoverNotes, failoverReasons, type FailoverRuleOptions } from './rules';

/** One of the blade's recovery points: its time, and the data it loses against the latest point. */
export interface RecoveryPointChoice {
  type: RecoveryPointChoiceType;
  label: string;
  detail: string;
  time: Date | null;
  /** Changes written after this point and before the latest processed one, in ms; null without a point. */
  dataLossMs: number | null;
  available: boolean;
  reason?: Reason;
}

export interface FailoverEvaluation {
  itemReasons: Reason[];
  recoveryPoints: RecoveryPointChoice[];
  selectionReasons: Reason[];
  /** What the failover will do (shut down the Azure VM, where the VM boots, VMware tools). */
  notes: Reason[];
  blockers: Reason[];
  canSubmit: boolean;
}

export const RECOVERY_POINT_LABELS: Record<RecoveryPointChoiceType, string> = {
  LatestTime: 'Latest processed',
  LatestTag: 'Latest app-consistent',
};

/** The two points the service offers for a failback, from the item's (or its group's) points. */
export function recoveryPointChoices(facts: Pick<FailoverFacts, 'item' | 'points' | 'groupAppConsistent'>): RecoveryPointChoice[] {
  const { item, points } = facts;
  const latest = points.latest;
  const grouped = item.replicationGroup !== null && facts.groupAppConsistent !== undefined;
  const appConsistent = grouped ? (facts.groupAppConsistent ?? null) : points.latestAppConsistent;
  const lossAgainstLatest = (time: Date | null) => (time && latest ? Math.max(0, latest.getTime() - time.getTime()) : null);
  return [
    {
      type: 'LatestTime',
      label: RECOVERY_POINT_LABELS.LatestTime,
      detail: grouped
        ? `Crash-consistent: each VM of replication group ${item.replicationGroup!.name} recovers to its own latest point. The lowest data loss.`
        : 'Crash-consistent: the newest point the service has processed. The lowest data loss.',
      time: latest,
      dataLossMs: lossAgainstLatest(latest),
      available: latest !== null,
      reason: latest ? undefined : refuse('NO_RECOVERY_POINT', 'recoveryPointType', `${item.name} has no recovery point yet.`),
    },
    {
      type: 'LatestTag',
      label: RECOVERY_POINT_LABELS.LatestTag,
      detail: grouped
        ? `Application-consistent: replication group ${item.replicationGroup!.name} recovers to its common app-consistent point. Changes after it are lost.`
        : 'Application-consistent: applications start cleanly from it. Changes after it are lost.',
      time: appConsistent,
      dataLossMs: lossAgainstLatest(appConsistent),
      available: appConsistent !== null,
      reason: appConsistent
        ? undefined
        : refuse(
            'NO_APP_CONSISTENT_POINT',
            'recoveryPointType',
            grouped
              ? `Replication group ${item.replicationGroup!.name} has no app-consistent point common to all its machines yet. Choose Latest processed, or wait for the next app-consistent snapshot.`
              : `${item.name} has no app-consistent point yet. Choose Latest processed, or wait for the next app-consistent snapshot.`,
          ),
    },
  ];
}

/** The data loss of a point, in words: "No data lost against the latest point", "12 min of changes lost". */
export function dataLossLabel(dataLossMs: number | null): string {
  if (dataLossMs === null) return 'No point to recover to';
  if (dataLossMs < 1_000) return 'No changes lost against the latest point';
  return `${formatRpo(Math.round(dataLossMs / 1_000))} of changes lost against the latest point`;
}

/**
 * Runs every failover rule for one item and the chosen recovery point. The blade renders
 * the result, the server action refuses on its blockers, and the job's prerequisites step
 * re-runs it against current data.
 */
export function evaluateFailover(facts: FailoverFacts, selection: FailoverSelection, options: FailoverRuleOptions = {}): FailoverEvaluation {
  const itemReasons = failoverReasons(facts, options);
  const recoveryPoints = recoveryPointChoices(facts);
  const selectionReasons: Reason[] = [];
  const chosen = recoveryPoints.find((choice) => choice.type === selection.recoveryPointType);
  if (!selection.recoveryPointType) selectionReasons.push(refuse('SELECTION_REQUIRED', 'recoveryPointType', 'Select a recovery point.'));
  else if (chosen && !chosen.available && chosen.reason && chosen.type === 'LatestTag') selectionReasons.push(chosen.reason);
  const blockers = [...itemReasons, ...selectionReasons].filter(isBlocking);
  return {
    itemReasons,
    recoveryPoints,
    selectionReasons,
    notes: failoverNotes(facts),
    blockers,
    canSubmit: blockers.length === 0,
  };
}
