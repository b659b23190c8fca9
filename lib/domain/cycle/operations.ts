import type { ActiveLocationName, ProtectionStateName } from '../protection-status';

// The failback cycle as one table: where a replicated item stands (its protectionState
// and activeLocation, as the service reports them) and which of the cycle's operations
// that allows. The grid's commands, the blades, the server actions, the job engine and
// the automation API's allowedOperations all ask this table, so they never disagree.
//
//   failed over to Azure → reprotecting → protected to on-premises → failing back
//   → failback completed → committed on-premises → reprotecting → protected to Azure

/** The operations of the cycle, named as the service's allowedOperations names them. */
export const CYCLE_OPERATIONS = ['ReverseReplicate', 'UnplannedFailover', 'Commit'] as const;
export type CycleOperation = (typeof CYCLE_OPERATIONS)[number];

/** What the portal's command bars and menus call each operation. */
export const OPERATION_LABELS: Record<CycleOperation, string> = {
  ReverseReplicate: 'Re-Protect',
  UnplannedFailover: 'Failover',
  Commit: 'Commit',
};

export const CYCLE_STAGES = [
  'ProtectedToAzure',
  'FailingOverToAzure',
  'FailoverToAzureFailed',
  'FailoverToAzureCommitPending',
  'FailedOverToAzure',
  'ReprotectingToOnPremises',
  'ProtectedToOnPremises',
  'FailingBack',
  'FailbackFailed',
  'FailbackCommitPending',
  'CommittedOnPremises',
  'ReprotectingToAzure',
] as const;
export type CycleStage = (typeof CYCLE_STAGES)[number];

// Primary is the on-premises site, Recovery is Azure. A failover keeps the item's
// active location until the VM runs at the other site; a failed one stays where it was.
const STAGE_OF: Record<ProtectionStateName, Record<ActiveLocationName, CycleStage>> = {
  Protected: { Primary: 'ProtectedToAzure', Recovery: 'ProtectedToOnPremises' },
  UnplannedFailoverInProgress: { Primary: 'FailingOverToAzure', Recovery: 'FailingBack' },
  UnplannedFailoverFailed: { Primary: 'FailoverToAzureFailed', Recovery: 'FailbackFailed' },
  UnplannedFailoverCommitPendingStatesBegin: { Primary: 'FailbackCommitPending', Recovery: 'FailoverToAzureCommitPending' },
  UnplannedFailoverCommitted: { Primary: 'CommittedOnPremises', Recovery: 'FailedOverToAzure' },
  ReprotectInProgress: { Primary: 'ReprotectingToAzure', Recovery: 'ReprotectingToOnPremises' },
};

export interface CycleItem {
  name: string;
  protectionState: ProtectionStateName;
  activeLocation: ActiveLocationName;
}

export function cycleStage(item: Pick<CycleItem, 'protectionState' | 'activeLocation'>): CycleStage {
  return STAGE_OF[item.protectionState][item.activeLocation];
}

/** How each stage reads after the VM's name, in the refusals. */
const STAGE_PHRASES: Record<CycleStage, string> = {
  ProtectedToAzure: 'is protected and replicates from on-premises to Azure',
  FailingOverToAzure: 'is failing over to Azure',
  FailoverToAzureFailed: 'has a failed failover to Azure',
  FailoverToAzureCommitPending: 'has failed over to Azure, and the failover is not committed',
  FailedOverToAzure: 'has failed over to Azure, and the failover is committed',
  ReprotectingToOnPremises: 'is being reprotected from Azure to on-premises',
  ProtectedToOnPremises: 'is protected and replicates from Azure to on-premises',
  FailingBack: 'is failing over from Azure to on-premises',
  FailbackFailed: 'has a failed failover from Azure to on-premises',
  FailbackCommitPending: 'has failed over to on-premises, and the failover is not committed',
  CommittedOnPremises: 'has failed over to on-premises, and the failover is committed',
  ReprotectingToAzure: 'is being reprotected from on-premises to Azure',
};

/** The stage in a few words, for lists and summaries ("Protected to on-premises"). */
export const STAGE_LABELS: Record<CycleStage, string> = {
  ProtectedToAzure: 'Protected to Azure',
  FailingOverToAzure: 'Failing over to Azure',
  FailoverToAzureFailed: 'Failover to Azure failed',
  FailoverToAzureCommitPending: 'Failed over to Azure, commit pending',
  FailedOverToAzure: 'Failed over to Azure',
  ReprotectingToOnPremises: 'Reprotecting to on-premises',
  ProtectedToOnPremises: 'Protected to on-premises',
  FailingBack: 'Failing back to on-premises',
  FailbackFailed: 'Failback failed',
  FailbackCommitPending: 'Failed back, commit pending',
  CommittedOnPremises: 'Committed on-premises',
  ReprotectingToAzure: 'Reprotecting to Azure',
};

/** Which way an allowed operation goes; `direction` is the service's failoverDirection. */
export type Allowed = { allowed: true; direction: 'RecoveryToPrimary' | 'PrimaryToRecovery' };
/** A refused operation says what to do first. */
export type Refused = { allowed: false; firstDo: string };
export type Verdict = Allowed | Refused;

const TO_PRIMARY: Allowed = { allowed: true, direction: 'RecoveryToPrimary' };
const TO_RECOVERY: Allowed = { allowed: true, direction: 'PrimaryToRecovery' };
const first = (firstDo: string): Refused => ({ allowed: false, firstDo });

const NOTHING_TO_COMMIT = first('There is no failover to commit.');
const FORWARD_FAILOVER = first(
  'Failing over from on-premises to Azure is not offered here: this vault fails VMs back from Azure, and reprotects them to Azure afterwards.',
);
const WAIT_FOR_FAILOVER = first('Wait for the failover in progress to finish.');
const WAIT_FOR_REPROTECT = first('Wait for its reprotect job to finish.');

// Reprotect goes from where the VM runs to the other site: Azure → on-premises after a
// failover to Azure (the service's RecoveryToPrimary), on-premises → Azure after failback.
const TABLE: Record<CycleStage, Record<CycleOperation, Verdict>> = {
  ProtectedToAzure: {
    ReverseReplicate: first('There is nothing to reprotect.'),
    UnplannedFailover: FORWARD_FAILOVER,
    Commit: NOTHING_TO_COMMIT,
  },
  FailingOverToAzure: {
    ReverseReplicate: first('Wait for the failover to finish and commit it, then reprotect.'),
    UnplannedFailover: WAIT_FOR_FAILOVER,
    Commit: first('Wait for the failover to finish, then commit it.'),
  },
  FailoverToAzureFailed: {
    ReverseReplicate: first('Only a VM whose failover completed and was committed can be reprotected.'),
    UnplannedFailover: FORWARD_FAILOVER,
    Commit: first('A failed failover cannot be committed.'),
  },
  FailoverToAzureCommitPending: {
    ReverseReplicate: first('Commit the failover, then reprotect.'),
    UnplannedFailover: first('Commit the failover and reprotect the VM to on-premises before failing it back.'),
    Commit: TO_RECOVERY,
  },
  FailedOverToAzure: {
    ReverseReplicate: TO_PRIMARY,
    UnplannedFailover: first('Reprotect it first, so that it replicates back to on-premises; then fail it over.'),
    Commit: first('Its failover is already committed: reprotect it next.'),
  },
  ReprotectingToOnPremises: {
    ReverseReplicate: first('It is already being reprotected: wait for its reprotect job to finish.'),
    UnplannedFailover: first('Wait for the reprotect to finish: a VM fails back once it is protected.'),
    Commit: NOTHING_TO_COMMIT,
  },
  ProtectedToOnPremises: {
    ReverseReplicate: first('It is already reprotected: fail it over to on-premises next.'),
    UnplannedFailover: TO_PRIMARY,
    Commit: first('There is no failover to commit: fail it over to on-premises first.'),
  },
  FailingBack: {
    ReverseReplicate: first('Wait for the failover to finish and commit it, then reprotect it to Azure.'),
    UnplannedFailover: WAIT_FOR_FAILOVER,
    Commit: first('Wait for the failover to finish, then commit it.'),
  },
  FailbackFailed: {
    ReverseReplicate: first('Restart the failed failover job (or fail over again) and commit it, then reprotect.'),
    // Failing over again is how the service retries a failed failover.
    UnplannedFailover: TO_PRIMARY,
    Commit: first('A failed failover cannot be committed: restart the failover job, or fail over again, first.'),
  },
  FailbackCommitPending: {
    ReverseReplicate: first('Commit the failover, then reprotect it to Azure.'),
    UnplannedFailover: first('It already runs on-premises: commit the failover next.'),
    Commit: TO_PRIMARY,
  },
  CommittedOnPremises: {
    ReverseReplicate: TO_RECOVERY,
    UnplannedFailover: first('It already runs on-premises: reprotect it to Azure next.'),
    Commit: first('Its failover is already committed: reprotect it to Azure next.'),
  },
  ReprotectingToAzure: {
    ReverseReplicate: first('It is already being reprotected: wait for its reprotect job to finish.'),
    UnplannedFailover: WAIT_FOR_REPROTECT,
    Commit: NOTHING_TO_COMMIT,
  },
};

export function operationVerdict(item: Pick<CycleItem, 'protectionState' | 'activeLocation'>, operation: CycleOperation): Verdict {
  return TABLE[cycleStage(item)][operation];
}

/**
 * Why the item's state refuses the operation, naming the state and what to do first;
 * null when the state allows it.
 */
export function stateRefusal(item: CycleItem, operation: CycleOperation): string | null {
  const verdict = operationVerdict(item, operation);
  if (verdict.allowed) return null;
  return `${item.name} ${STAGE_PHRASES[cycleStage(item)]}. ${verdict.firstDo}`;
}

/** The direction the operation takes from here, or null when the state refuses it. */
export function operationDirection(
  item: Pick<CycleItem, 'protectionState' | 'activeLocation'>,
  operation: CycleOperation,
): Allowed['direction'] | null {
  const verdict = operationVerdict(item, operation);
  return verdict.allowed ? verdict.direction : null;
}

/**
 * The item's allowedOperations, as the service lists them: what its state allows,
 * and nothing while an operation holds it (one operation per item at a time).
 */
export function allowedOperations(
  item: Pick<CycleItem, 'protectionState' | 'activeLocation'> & { activeJob?: unknown },
): CycleOperation[] {
  if (item.activeJob) return [];
  return CYCLE_OPERATIONS.filter((operation) => operationVerdict(item, operation).allowed);
}

/** Whether a command applies to an item, and why not: what a command bar and a row's menu show. */
export function operationCommandState(item: CycleItem, operation: CycleOperation): { enabled: boolean; reason?: string } {
  const reason = stateRefusal(item, operation);
  return reason ? { enabled: false, reason } : { enabled: true };
}
