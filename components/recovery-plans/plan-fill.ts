import { dependentChoicesFor } from '@/lib/domain/reprotect/selection';
import { evaluateReprotect, type ReprotectEvaluation } from '@/lib/domain/reprotect/evaluate';
import type { ReprotectFacts } from '@/lib/domain/reprotect/facts';
import type { PlanReprotectRow } from '@/lib/schemas/recovery-plan-reprotect';

// Filling one value into many rows of the plan's Re-Protect blade. Pure, so the
// blade's behaviour is tested without a browser: a value lands only in the rows
// where the same rules as the single-VM blade accept it, and each other row says why.

export type FillField = 'masterTargetId' | 'processServerId' | 'datastoreId' | 'retentionVolumeId';

type ChoiceList = 'masterTargets' | 'processServers' | 'datastores' | 'retentionVolumes';

export const FILL_FIELDS: Record<FillField, { label: string; nouns: [one: string, many: string]; list: ChoiceList }> = {
  masterTargetId: { label: 'Master target server', nouns: ['master target server', 'master target servers'], list: 'masterTargets' },
  processServerId: { label: 'Process server', nouns: ['process server', 'process servers'], list: 'processServers' },
  datastoreId: { label: 'Datastore', nouns: ['datastore', 'datastores'], list: 'datastores' },
  retentionVolumeId: { label: 'Retention drive', nouns: ['volume', 'volumes'], list: 'retentionVolumes' },
};

export const FILL_ORDER: FillField[] = ['masterTargetId', 'processServerId', 'datastoreId', 'retentionVolumeId'];

export const selectionOf = (row: Partial<PlanReprotectRow> | undefined) => ({
  masterTargetId: row?.masterTargetId || undefined,
  processServerId: row?.processServerId || undefined,
  datastoreId: row?.datastoreId || undefined,
  retentionVolumeId: row?.retentionVolumeId || undefined,
});

/**
 * A row after its master target changes: its host's datastores and its volumes are
 * other lists, so a datastore or drive is kept only while still eligible, and the
 * default retention drive (R: or /mnt/retention) is offered in place of a lost one.
 */
export function withMasterTarget(facts: ReprotectFacts, row: PlanReprotectRow, masterTargetId: string): PlanReprotectRow {
  return { ...row, masterTargetId, ...dependentChoicesFor(facts, masterTargetId, row, { viaRecoveryPlan: true }) };
}

/** Every label offered for a field across the rows, for the "apply to all rows" menu. */
export function fillLabels(evaluations: ReprotectEvaluation[], field: FillField): string[] {
  const labels = new Set(evaluations.flatMap((evaluation) => evaluation[FILL_FIELDS[field].list].map((choice) => choice.label)));
  return [...labels].sort((a, b) => a.localeCompare(b));
}

export interface FillResult {
  rows: PlanReprotectRow[];
  applied: string[];
  skipped: Array<{ name: string; reason: string }>;
}

/**
 * Sets the choice named `label` on every row where it is eligible. Master targets
 * are judged one row after the other, each counting the disks of the rows before
 * it that now go to the same master target, so the 60-disk limit holds for the set.
 */
export function fillRows(machines: ReprotectFacts[], rows: PlanReprotectRow[], field: FillField, label: string): FillResult {
  const pending: Record<string, number> = {};
  machines.forEach((facts, index) => {
    const mt = rows[index]?.masterTargetId;
    if (mt) pending[mt] = (pending[mt] ?? 0) + facts.item.diskCount;
  });
  const result: FillResult = { rows: [], applied: [], skipped: [] };
  machines.forEach((facts, index) => {
    const row = rows[index]!;
    const own = row.masterTargetId;
    const others = own ? { ...pending, [own]: (pending[own] ?? 0) - facts.item.diskCount } : pending;
    const evaluation = evaluateReprotect(facts, selectionOf(row), { viaRecoveryPlan: true, pendingDisksByMasterTarget: others });
    const choice = evaluation[FILL_FIELDS[field].list].find((candidate) => candidate.label === label);
    const refusal = !choice
      ? field === 'datastoreId' || field === 'retentionVolumeId'
        ? `${label} is not offered with the master target chosen for ${facts.item.name}.`
        : `${label} is not offered for ${facts.item.name}.`
      : !choice.eligible
        ? (choice.reasons.find((reason) => reason.severity === 'error')?.message ?? `${label} cannot be used for ${facts.item.name}.`)
        : null;
    if (!choice || refusal) {
      result.rows.push(row);
      result.skipped.push({ name: facts.item.name, reason: refusal ?? '' });
      return;
    }
    if (field === 'masterTargetId') {
      if (own) pending[own] = (pending[own] ?? 0) - facts.item.diskCount;
      pending[choice.id] = (pending[choice.id] ?? 0) + facts.item.diskCount;
      result.rows.push(withMasterTarget(facts, row, choice.id));
    } else {
      result.rows.push({ ...row, [field]: choice.id });
    }
    result.applied.push(facts.item.name);
  });
  return result;
}
