import { AGENT_REGISTRATION_MINUTES, HEARTBEAT_STALE_AFTER_MINUTES } from './constants';
import type { ConfigurationServerFacts, FailbackPolicyFacts, ItemFacts, SiteConnectivity } from './facts';
import { refuse, type Reason } from './reasons';
import { operationCommandState, operationDirection, stateRefusal } from '../cycle/operations';

/**
 * Re-Protect from Azure to on-premises: the cycle table's ReverseReplicate where it goes
 * RecoveryToPrimary (a VM failed over to Azure and committed).
 */
export function isReprotectableState(item: Pick<ItemFacts, 'protectionState' | 'activeLocation'>): boolean {
  return operationDirection(item, 'ReverseReplicate') === 'RecoveryToPrimary';
}

type StateFacts = Pick<ItemFacts, 'name' | 'protectionState' | 'activeLocation'> & {
  activeJob?: ItemFacts['activeJob'];
};

function stateReason(item: StateFacts, ownJobId?: string): Reason | null {
  if (isReprotectableState(item)) return null;
  // The reprotect job itself re-checks the rules while its item is marked in progress.
  if (ownJobId && item.protectionState === 'ReprotectInProgress' && item.activeJob?.id === ownJobId) return null;
  const message =
    stateRefusal(item, 'ReverseReplicate') ??
    // The table allows it the other way: the VM runs on-premises and is reprotected to Azure.
    `${item.name} runs on-premises: it is reprotected from on-premises to Azure, with a process server and the forward policy.`;
  return refuse('ITEM_STATE_NOT_REPROTECTABLE', 'item', message);
}

/**
 * Whether the Re-Protect command applies to an item, and why not: what the grid's
 * command bar and context menu show before the blade judges everything else. It
 * applies in both directions; the blade that opens follows the item's direction.
 */
export function reprotectCommandState(item: StateFacts): { enabled: boolean; reason?: string } {
  return operationCommandState(item, 'ReverseReplicate');
}

/** Failback data travels only over an S2S VPN or ExpressRoute private peering. */
export function hasFailbackNetwork(connectivity: SiteConnectivity): boolean {
  return connectivity.s2sVpn || hasExpressRoutePrivatePeering(connectivity);
}

export function hasExpressRoutePrivatePeering(connectivity: SiteConnectivity): boolean {
  return (
    connectivity.expressRoute &&
    (connectivity.expressRoutePeering === 'Private' || connectivity.expressRoutePeering === 'PrivateAndPublic')
  );
}

export function minutesSince(time: Date, now: Date): number {
  return Math.max(0, Math.ceil((now.getTime() - time.getTime()) / 60_000));
}

export function isHeartbeatFresh(lastHeartbeat: Date, now: Date): boolean {
  return now.getTime() - lastHeartbeat.getTime() <= HEARTBEAT_STALE_AFTER_MINUTES * 60_000;
}

// Reasons every operation of the cycle gives alike, worded once.

/** Another operation holds the item (one operation per item at a time); a job re-checking its own item is not one. */
export function activeJobReason(item: Pick<ItemFacts, 'name' | 'activeJob'>, ownJobId?: string): Reason | null {
  if (!item.activeJob || item.activeJob.id === ownJobId) return null;
  return refuse(
    'ITEM_OPERATION_IN_PROGRESS',
    'item',
    `${item.name} already has an operation in progress (${item.activeJob.name}). Wait for it to finish or cancel it.`,
    { kind: 'job', id: item.activeJob.id },
  );
}

/**
 * A replication group's machines share their consistency points, so an operation
 * on them goes through a recovery plan. `done` is the operation's participle ("reprotected").
 */
export function replicationGroupReason(item: Pick<ItemFacts, 'name' | 'replicationGroup' | 'recoveryPlans'>, done: string): Reason | null {
  if (!item.replicationGroup) return null;
  const plan = item.recoveryPlans[0];
  return refuse(
    'ITEM_IN_REPLICATION_GROUP',
    'item',
    `${item.name} belongs to replication group ${item.replicationGroup.name}, which can only be ${done} through a recovery plan` +
      (plan ? ` (${plan.name}).` : '. Add its machines to a recovery plan first.'),
    plan ? { kind: 'recoveryPlan', id: plan.id } : undefined,
  );
}

/** The on-premises configuration server must be running and connected to the vault. */
export function configurationServerReason(configurationServer: ConfigurationServerFacts, now: Date): Reason | null {
  if (configurationServer.connected && isHeartbeatFresh(configurationServer.lastHeartbeat, now)) return null;
  return refuse(
    'CONFIGURATION_SERVER_NOT_CONNECTED',
    'item',
    `The configuration server ${configurationServer.friendlyName} is not connected. It must be running and connected to the vault.`,
    { kind: 'configurationServer' },
  );
}

export interface ItemContext {
  item: ItemFacts;
  connectivity: SiteConnectivity;
  configurationServer: ConfigurationServerFacts;
  failbackPolicy: FailbackPolicyFacts | null;
  now: Date;
}

export interface ItemRuleOptions {
  /** Set when the item is reprotected as part of a recovery plan. */
  viaRecoveryPlan?: boolean;
  /** Set when a running reprotect job re-checks its own item. */
  ownJobId?: string;
}

/** Reasons that refuse reprotect for this item whatever is chosen in the blade. */
export function itemReasons(context: ItemContext, options: ItemRuleOptions = {}): Reason[] {
  const { item, connectivity, configurationServer, failbackPolicy, now } = context;
  const reasons: Reason[] = [];
  const state = stateReason(item, options.ownJobId);
  if (state) reasons.push(state);
  const busy = activeJobReason(item, options.ownJobId);
  if (busy) reasons.push(busy);
  if (!options.viaRecoveryPlan) {
    const grouped = replicationGroupReason(item, 'reprotected');
    if (grouped) reasons.push(grouped);
  }
  if (!item.agentRegistered) {
    reasons.push(
      refuse(
        'ITEM_AGENT_NOT_REGISTERED',
        'item',
        `The Mobility agent on the Azure VM of ${item.name} has not registered with the configuration server yet. ` +
          `It can take up to ${AGENT_REGISTRATION_MINUTES} minutes after the VM boots: wait up to ${AGENT_REGISTRATION_MINUTES} minutes and retry.`,
      ),
    );
  }
  if (!hasFailbackNetwork(connectivity)) {
    reasons.push(
      refuse(
        'NO_FAILBACK_NETWORK',
        'item',
        'Reprotect needs an S2S VPN or ExpressRoute with private peering between Azure and the on-premises site: ' +
          'replication back to on-premises does not run over the internet or ExpressRoute public peering.',
        { kind: 'connectivity' },
      ),
    );
  }
  const cs = configurationServerReason(configurationServer, now);
  if (cs) reasons.push(cs);
  if (!failbackPolicy) {
    reasons.push(
      refuse(
        'NO_FAILBACK_POLICY',
        'failbackPolicy',
        'No failback policy is associated with the replication policy of this VM. It is created with the forward policy.',
        { kind: 'policy' },
      ),
    );
  }
  return reasons;
}
