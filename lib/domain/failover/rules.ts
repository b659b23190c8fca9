import { operationDirection, stateRefusal } from '../cycle/operations';
import { replicationHealthLabel } from '../protection-status';
import { activeJobReason, configurationServerReason, isHeartbeatFresh, replicationGroupReason } from '../reprotect/item-rules';
import { inform, refuse, type Reason } from '../reprotect/reasons';
import type { FailoverFacts, FailoverItemFacts } from './facts';
import { pluralize } from '../plural';

// Failover from Azure to on-premises (failback) of one reprotected VM: what refuses it
// before anything starts (the documented prerequisites), and what it will do.

export interface FailoverRuleOptions {
  /** Set when the item fails over as part of a recovery plan. */
  viaRecoveryPlan?: boolean;
  /** Set when a running failover job re-checks its own item. */
  ownJobId?: string;
}

/** Failback: the table's UnplannedFailover where it goes RecoveryToPrimary. */
export function isFailbackState(item: Pick<FailoverItemFacts, 'protectionState' | 'activeLocation'>): boolean {
  return operationDirection(item, 'UnplannedFailover') === 'RecoveryToPrimary';
}

function stateReason(item: FailoverItemFacts, ownJobId?: string): Reason | null {
  if (isFailbackState(item)) return null;
  // The failover job re-checks the rules while its item is marked in progress.
  if (ownJobId && item.protectionState === 'UnplannedFailoverInProgress' && item.activeJob?.id === ownJobId) return null;
  return refuse('ITEM_STATE_NOT_FAILOVER', 'item', stateRefusal(item, 'UnplannedFailover') ?? `${item.name} cannot fail over now.`);
}

/** The documented failback prerequisites of the item itself and of the site it returns to. */
export function failoverReasons(facts: FailoverFacts, options: FailoverRuleOptions = {}): Reason[] {
  const { item, now } = facts;
  const reasons: Reason[] = [];
  const push = (reason: Reason | null) => {
    if (reason) reasons.push(reason);
  };
  push(stateReason(item, options.ownJobId));
  push(activeJobReason(item, options.ownJobId));
  // A VM that is not protected to on-premises has no failback prerequisites to speak of yet.
  if (reasons.some((reason) => reason.code === 'ITEM_STATE_NOT_FAILOVER')) return reasons;
  if (!options.viaRecoveryPlan) push(replicationGroupReason(item, 'failed over'));
  if (!facts.points.latest) {
    push(
      refuse(
        'NO_RECOVERY_POINT',
        'item',
        `${item.name} has no recovery point yet. The failback policy takes the first one once reverse replication has synchronized the disks: wait for it, then fail over.`,
        { kind: 'item', id: item.id },
      ),
    );
  }
  if (item.replicationHealth !== 'Normal') {
    push(
      refuse(
        'ITEM_HEALTH_NOT_OK',
        'item',
        `The replication health of ${item.name} is ${replicationHealthLabel(item.replicationHealth)}. Only a VM whose replication is healthy can fail back: resolve its replication issues first.`,
        { kind: 'item', id: item.id },
      ),
    );
  }
  push(configurationServerReason(facts.configurationServer, now));
  if (!item.inConfigurationServerDatabase) {
    push(
      refuse(
        'ITEM_NOT_IN_CS_DATABASE',
        'item',
        `${item.name} is no longer in the database of the configuration server ${facts.configurationServer.friendlyName}. ` +
          'A VM must still be known to the configuration server to fail back.',
        { kind: 'configurationServer' },
      ),
    );
  }
  reasons.push(...targetReasons(facts));
  return reasons;
}

/** The master target and the vCenter the disks go through. */
function targetReasons({ item, target, now }: FailoverFacts): Reason[] {
  const { masterTarget: mt, vcenter } = target;
  if (!mt) {
    // Only a reprotected VM gets here; its settings say where it replicates to.
    if (!isFailbackState(item)) return [];
    return [refuse('NO_REPROTECT_SETTINGS', 'item', `${item.name} has no master target recorded for its reverse replication. Reprotect it again.`)];
  }
  const reasons: Reason[] = [];
  if (vcenter && !vcenter.connected) {
    reasons.push(
      refuse(
        'VCENTER_NOT_CONNECTED',
        'item',
        `The vCenter server ${vcenter.friendlyName} is not connected to the configuration server. Failback detaches the disks from the master target and attaches them to the on-premises VM through vCenter: connect it first.`,
        { kind: 'vcenter' },
      ),
    );
  }
  if (mt.snapshotCount > 0) {
    reasons.push(
      refuse(
        'MT_HAS_SNAPSHOTS',
        'item',
        `The master target ${mt.name} has ${mt.snapshotCount === 1 ? 'a snapshot' : pluralize(mt.snapshotCount, 'snapshot')}. Failback fails on a master target with snapshots: delete them first.`,
        { kind: 'masterTarget', id: mt.id },
      ),
    );
  }
  if (!isHeartbeatFresh(mt.lastHeartbeat, now)) {
    reasons.push(
      refuse(
        'MT_HEARTBEAT_STALE',
        'item',
        `The master target ${mt.name} is not responding: its disks of ${item.name} cannot be detached. Start its agent first.`,
        { kind: 'masterTarget', id: mt.id },
      ),
    );
  }
  return reasons;
}

/** What the failover will do, as the blade says it before OK. */
export function failoverNotes({ item, target }: FailoverFacts): Reason[] {
  const notes: Reason[] = [
    inform(
      'FAILBACK_AZURE_VM_SHUTDOWN',
      'item',
      `The Azure VM ${item.azureVmName} is shut down first. It stays in Azure, shut down, until the failover is committed; the application is down until the VM boots on-premises.`,
    ),
  ];
  const host = target.bootHost?.name ?? 'its ESXi host';
  if (item.sourceVmPresent) {
    notes.push(inform('FAILBACK_EXISTING_VM', 'item', `The on-premises VM ${item.name} is updated with the recovered disks and boots on ${host}.`));
  } else {
    const datastore = target.datastore ? `, on datastore ${target.datastore.symbolicName}` : '';
    notes.push(
      inform(
        'FAILBACK_ALTERNATE_LOCATION',
        'item',
        `${item.name} was deleted on-premises: a new VM is created in vCenter on ${host}, the master target's host${datastore} (alternate location recovery).`,
      ),
    );
  }
  if (item.osType === 'Windows') {
    notes.push(
      inform('FAILBACK_VMWARE_TOOLS', 'item', `VMware tools, disabled when ${item.name} failed over to Azure, are enabled again on the on-premises VM.`),
    );
  }
  return notes;
}
