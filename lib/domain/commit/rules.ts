import { operationDirection, stateRefusal } from '../cycle/operations';
import type { ActiveLocationName, ProtectionStateName } from '../protection-status';
import { activeJobReason } from '../reprotect/item-rules';
import { inform, isBlocking, refuse, type Reason } from '../reprotect/reasons';
import { pluralize } from '../plural';

// Commit of a completed failover: what refuses it, and what it removes. After a failback
// the commit deletes the failed-over VM in Azure; after a failover to Azure it makes the
// chosen recovery point final.

export interface CommitFacts {
  item: {
    id: string;
    name: string;
    protectionState: ProtectionStateName;
    activeLocation: ActiveLocationName;
    activeJob: { id: string; name: string } | null;
    azureVmName: string;
    azureVmExists: boolean;
    azureVmRunning: boolean;
    diskCount: number;
  };
  /** Recovery points the service still keeps for the item (commit removes them). */
  recoveryPointCount: number;
}

export interface CommitEvaluation {
  /** The failoverDirection of the failover being committed, or null when there is none to commit. */
  direction: 'RecoveryToPrimary' | 'PrimaryToRecovery' | null;
  blockers: Reason[];
  /** What the commit removes. */
  removes: Reason[];
  canSubmit: boolean;
}

/** Runs the commit rules; the job's prerequisites step runs them again with `ownJobId`. */
export function evaluateCommit(facts: CommitFacts, options: { ownJobId?: string } = {}): CommitEvaluation {
  const { item } = facts;
  const direction = operationDirection(item, 'Commit');
  const reasons: Reason[] = [];
  const refusal = stateRefusal(item, 'Commit');
  if (refusal) reasons.push(refuse('ITEM_STATE_NOT_COMMITTABLE', 'item', refusal));
  const busy = activeJobReason(item, options.ownJobId);
  if (busy) reasons.push(busy);
  const blockers = reasons.filter(isBlocking);
  return { direction, blockers, removes: direction ? commitRemoves(facts, direction) : [], canSubmit: blockers.length === 0 };
}

function commitRemoves({ item, recoveryPointCount }: CommitFacts, direction: 'RecoveryToPrimary' | 'PrimaryToRecovery'): Reason[] {
  const points = pluralize(recoveryPointCount, 'recovery point');
  const are = recoveryPointCount === 1 ? 'is' : 'are';
  if (direction === 'PrimaryToRecovery') {
    return [
      inform(
        'COMMIT_REMOVES_AZURE_VM',
        'item',
        `Commit makes the failover of ${item.name} to Azure final: the VM keeps running in Azure as ${item.azureVmName}, and the ${points} kept for it ${are} deleted, so it can no longer change to another recovery point.`,
      ),
    ];
  }
  const vm = item.azureVmExists
    ? `the failed-over VM ${item.azureVmName} in Azure (now ${item.azureVmRunning ? 'running' : 'shut down'}) with its ${item.diskCount === 1 ? 'disk' : pluralize(item.diskCount, 'disk')}`
    : `the failed-over VM ${item.azureVmName} (already gone from Azure)`;
  return [
    inform(
      'COMMIT_REMOVES_AZURE_VM',
      'item',
      `Commit deletes ${vm}, and the ${points} of its replication to on-premises. ${item.name} then runs on-premises without protection until it is reprotected to Azure.`,
    ),
  ];
}
