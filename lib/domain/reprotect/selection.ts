import { evaluateReprotect, type Choice, type EvaluateOptions } from './evaluate';
import type { ReprotectFacts, ReprotectSelection } from './facts';

type Dependent = Pick<ReprotectSelection, 'datastoreId' | 'retentionVolumeId'>;

/**
 * The choices that depend on the master target after a new one is picked: its ESXi
 * host decides the datastores and it owns the volumes, so a datastore or drive is
 * kept only while still eligible, and the default retention drive (R: or
 * /mnt/retention) replaces a lost one.
 */
export function dependentChoicesFor(
  facts: ReprotectFacts,
  masterTargetId: string,
  current: Dependent,
  options: EvaluateOptions = {},
): { datastoreId: string; retentionVolumeId: string } {
  const next = evaluateReprotect(facts, { masterTargetId }, options);
  const keep = (id: string | undefined, choices: Choice[]) => (choices.some((c) => c.id === id && c.eligible) ? (id ?? '') : '');
  return {
    datastoreId: keep(current.datastoreId, next.datastores),
    retentionVolumeId: keep(current.retentionVolumeId, next.retentionVolumes) || next.defaults.retentionVolumeId || '',
  };
}
