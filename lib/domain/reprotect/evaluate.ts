import type { ReprotectFacts, ReprotectSelection } from './facts';
import { datastorePlacementReasons, datastoreReasons, datastoresVisibleTo } from './datastore-rules';
import { itemReasons, type ItemRuleOptions } from './item-rules';
import { masterTargetReasons } from './master-target-rules';
import { processServerReasons, recommendedProcessServerLocation } from './process-server-rules';
import { isBlocking, refuse, type Reason, type ReprotectField } from './reasons';
import { defaultRetentionVolume, retentionVolumeReasons } from './retention-rules';
import { gbLabel, gigabytes } from '../sizes';
import { osLabel } from './os-version';

/** One entry of a blade list: shown whether eligible or not, with its reasons. */
export interface Choice {
  id: string;
  label: string;
  detail: string;
  eligible: boolean;
  reasons: Reason[];
  recommended?: boolean;
}

export interface ReprotectEvaluation {
  itemReasons: Reason[];
  masterTargets: Choice[];
  processServers: Choice[];
  /** Empty until a master target is chosen: they depend on its ESXi host. */
  datastores: Choice[];
  retentionVolumes: Choice[];
  /** Reasons about the combination chosen (datastore placement, PS warning, missing values). */
  selectionReasons: Reason[];
  defaults: { retentionVolumeId?: string };
  failbackPolicy: ReprotectFacts['failbackPolicy'];
  blockers: Reason[];
  warnings: Reason[];
  canSubmit: boolean;
}

export interface EvaluateOptions extends ItemRuleOptions {
  /** Disks of other VMs of the same submission per master target id. */
  pendingDisksByMasterTarget?: Record<string, number>;
}


/**
 * Runs every reprotect rule for one item and one (possibly partial) selection.
 * The blade renders the result, the server action and the dry run refuse on its
 * blockers, and the job's prerequisites step re-runs it against current data.
 */
export function evaluateReprotect(
  facts: ReprotectFacts,
  selection: ReprotectSelection,
  options: EvaluateOptions = {},
): ReprotectEvaluation {
  const { item, now, connectivity } = facts;
  const pending = options.pendingDisksByMasterTarget ?? {};
  const itemLevel = itemReasons(facts, options);

  const masterTargets: Choice[] = facts.masterTargets.map((mt) => {
    const reasons = masterTargetReasons(mt, item, now, pending[mt.id] ?? 0);
    return {
      id: mt.id,
      label: mt.name,
      detail: `${osLabel(mt)} · ${mt.esxiHost.name}${mt.location === 'Azure' ? ' · Azure' : ''}`,
      eligible: reasons.length === 0,
      reasons,
    };
  });

  const recommendedLocation = recommendedProcessServerLocation(connectivity);
  const processServers: Choice[] = facts.processServers.map((ps) => {
    const reasons = processServerReasons(ps, connectivity, now);
    return {
      id: ps.id,
      label: ps.friendlyName,
      detail: ps.location === 'Azure' ? 'In Azure' : 'On-premises',
      eligible: !reasons.some(isBlocking),
      reasons,
      recommended: recommendedLocation !== null && ps.location === recommendedLocation && !reasons.some(isBlocking),
    };
  });

  const mt = facts.masterTargets.find((candidate) => candidate.id === selection.masterTargetId);
  const datastores: Choice[] = mt
    ? datastoresVisibleTo(mt, facts.datastores).map((ds) => {
        const reasons = datastoreReasons(ds, mt);
        return {
          id: ds.id,
          label: ds.symbolicName,
          detail: `${ds.type} · ${gigabytes(ds.freeSpaceGb)} free of ${gigabytes(ds.capacityGb)}`,
          eligible: reasons.length === 0,
          reasons,
        };
      })
    : [];
  const retentionVolumes: Choice[] = mt
    ? mt.volumes.map((volume) => {
        const reasons = retentionVolumeReasons(volume, mt);
        return {
          id: volume.id,
          label: volume.volumeName,
          detail: `${volume.fileSystem} · ${gbLabel(volume.freeSpaceInBytes)} free of ${gbLabel(volume.capacityInBytes)}`,
          eligible: reasons.length === 0,
          reasons,
        };
      })
    : [];

  const selectionReasons: Reason[] = [];
  if (mt) selectionReasons.push(...datastorePlacementReasons(item, mt, facts.datastores));
  selectionReasons.push(
    ...checkChoice('masterTargetId', 'master target server', selection.masterTargetId, masterTargets),
    ...checkChoice('processServerId', 'process server', selection.processServerId, processServers),
    ...(mt ? checkChoice('datastoreId', 'datastore', selection.datastoreId, datastores) : []),
    ...(mt ? checkChoice('retentionVolumeId', 'retention drive', selection.retentionVolumeId, retentionVolumes) : []),
  );
  const chosenPs = processServers.find((ps) => ps.id === selection.processServerId);
  if (chosenPs) selectionReasons.push(...chosenPs.reasons.filter((r) => r.severity === 'warning'));

  const all = [...itemLevel, ...selectionReasons];
  const blockers = all.filter(isBlocking);
  return {
    itemReasons: itemLevel,
    masterTargets,
    processServers,
    datastores,
    retentionVolumes,
    selectionReasons,
    defaults: { retentionVolumeId: mt ? defaultRetentionVolume(mt)?.id : undefined },
    failbackPolicy: facts.failbackPolicy,
    blockers,
    warnings: all.filter((r) => r.severity === 'warning'),
    canSubmit: blockers.length === 0,
  };
}

/** A required choice that is missing, unknown, or one the rules refuse. */
function checkChoice(field: ReprotectField, noun: string, id: string | undefined, choices: Choice[]): Reason[] {
  if (!id) return [refuse('SELECTION_REQUIRED', field, `Select a ${noun}.`)];
  const choice = choices.find((c) => c.id === id);
  if (!choice) return [refuse('SELECTION_UNKNOWN', field, `The selected ${noun} is not available for this VM.`)];
  return choice.reasons.filter(isBlocking);
}

/** The first blocking message per field, as the form shows them. */
export function fieldErrors(reasons: Reason[]): Partial<Record<ReprotectField, string>> {
  const errors: Partial<Record<ReprotectField, string>> = {};
  for (const reason of reasons.filter(isBlocking)) errors[reason.field] ??= reason.message;
  return errors;
}
