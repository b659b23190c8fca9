import { REPROTECT_JOB_NAME } from '../jobs/reprotect-steps';
import { evaluateReprotect, type ReprotectEvaluation } from './evaluate';
import type { ReprotectFacts, ReprotectSelection } from './facts';

/** One single-VM submission of several decided together, with the id its job gets if accepted. */
export interface Turn {
  facts: ReprotectFacts;
  selection: ReprotectSelection;
  jobId: string;
}

export interface TurnDecision {
  evaluation: ReprotectEvaluation;
  accepted: boolean;
}

/**
 * Single-VM submissions that arrived together, decided one after the other in their
 * order, each as if the ones accepted before it had already been committed: a master
 * target counts the disks of the VMs accepted onto it before, and an item accepted
 * before is held by that job (so a second submission for it is refused as the item's
 * operation in progress). Unlike a recovery plan, each submission stands or falls alone.
 */
export function decideInTurn(turns: readonly Turn[]): TurnDecision[] {
  const pending: Record<string, number> = {};
  const heldBy = new Map<string, string>();
  return turns.map(({ facts, selection, jobId }) => {
    const holder = heldBy.get(facts.item.id);
    const asNow = holder
      ? { ...facts, item: { ...facts.item, protectionState: 'ReprotectInProgress' as const, activeJob: { id: holder, name: REPROTECT_JOB_NAME } } }
      : facts;
    const evaluation = evaluateReprotect(asNow, selection, { pendingDisksByMasterTarget: { ...pending } });
    const accepted = evaluation.canSubmit && facts.failbackPolicy !== null && selection.masterTargetId !== undefined;
    if (accepted) {
      const mt = selection.masterTargetId!;
      pending[mt] = (pending[mt] ?? 0) + facts.item.diskCount;
      heldBy.set(facts.item.id, jobId);
    }
    return { evaluation, accepted };
  });
}
