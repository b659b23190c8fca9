import { operationDirection, stateRefusal } from '../cycle/operations';
import { AGENT_REGISTRATION_MINUTES } from '../reprotect/constants';
import type { Choice } from '../reprotect/evaluate';
import { activeJobReason, configurationServerReason, replicationGroupReason } from '../reprotect/item-rules';
import { processServerHealthReasons } from '../reprotect/process-server-rules';
import { isBlocking, refuse, warn, type Reason } from '../reprotect/reasons';
import type { ForwardItemFacts, ReprotectToAzureFacts, ReprotectToAzureSelection } from './facts';
import { pluralize } from '../plural';

// Reprotect from on-premises to Azure, after a failback was committed: the VM replicates
// to Azure again through an on-premises process server, under the forward policy.

export interface ReprotectToAzureOptions {
  viaRecoveryPlan?: boolean;
  ownJobId?: string;
}

export interface ReprotectToAzureEvaluation {
  itemReasons: Reason[];
  processServers: Choice[];
  selectionReasons: Reason[];
  forwardPolicy: ReprotectToAzureFacts['forwardPolicy'];
  blockers: Reason[];
  warnings: Reason[];
  canSubmit: boolean;
}

export function isReprotectToAzureState(item: Pick<ForwardItemFacts, 'protectionState' | 'activeLocation'>): boolean {
  return operationDirection(item, 'ReverseReplicate') === 'PrimaryToRecovery';
}

function stateReason(item: ForwardItemFacts, ownJobId?: string): Reason | null {
  if (isReprotectToAzureState(item)) return null;
  if (ownJobId && item.protectionState === 'ReprotectInProgress' && item.activeJob?.id === ownJobId) return null;
  const message =
    stateRefusal(item, 'ReverseReplicate') ??
    `${item.name} runs in Azure: it is reprotected from Azure to on-premises, with a master target and the failback policy.`;
  return refuse('ITEM_STATE_NOT_REPROTECTABLE', 'item', message);
}

/** Registered, or due to have registered by now (the site records it at its next tick). */
export function isAgentRegistered(item: Pick<ForwardItemFacts, 'agentRegistered' | 'agentRegistersAt'>, now: Date): boolean {
  return item.agentRegistered || (item.agentRegistersAt !== null && item.agentRegistersAt.getTime() <= now.getTime());
}

/**
 * The on-premises VM's agent registers with the configuration server up to 15 minutes
 * after the VM boots. Until then the service fails the reprotect; the blade warns first.
 */
export function agentRegistrationReason(item: ForwardItemFacts, now: Date): Reason | null {
  if (isAgentRegistered(item, now)) return null;
  const due = item.agentRegistersAt;
  const left = due ? Math.max(1, Math.ceil((due.getTime() - now.getTime()) / 60_000)) : AGENT_REGISTRATION_MINUTES;
  return warn(
    'ITEM_AGENT_NOT_REGISTERED',
    'item',
    `The Mobility agent on ${item.name} is not installed or not registered with the configuration server yet: after the VM boots on-premises it takes up to ${AGENT_REGISTRATION_MINUTES} minutes (about ${pluralize(left, 'minute')} left). A reprotect started now fails: wait and retry.`,
  );
}

export function itemReasonsToAzure(facts: ReprotectToAzureFacts, options: ReprotectToAzureOptions = {}): Reason[] {
  const { item, now } = facts;
  const reasons = [
    stateReason(item, options.ownJobId),
    activeJobReason(item, options.ownJobId),
    options.viaRecoveryPlan ? null : replicationGroupReason(item, 'reprotected'),
    configurationServerReason(facts.configurationServer, now),
    item.inConfigurationServerDatabase
      ? null
      : refuse('ITEM_NOT_IN_CS_DATABASE', 'item', `${item.name} is no longer in the database of the configuration server ${facts.configurationServer.friendlyName}.`, {
          kind: 'configurationServer',
        }),
    facts.forwardPolicy
      ? null
      : refuse('NO_FORWARD_POLICY', 'forwardPolicy', `No forward replication policy is associated with the configuration server ${facts.configurationServer.friendlyName}.`, {
          kind: 'policy',
        }),
    agentRegistrationReason(item, now),
  ];
  return reasons.filter((reason): reason is Reason => reason !== null);
}

/** Runs every rule for one VM and the chosen process server. */
export function evaluateReprotectToAzure(
  facts: ReprotectToAzureFacts,
  selection: ReprotectToAzureSelection,
  options: ReprotectToAzureOptions = {},
): ReprotectToAzureEvaluation {
  const itemReasons = itemReasonsToAzure(facts, options);
  const processServers: Choice[] = facts.processServers.map((ps) => {
    const reasons = processServerHealthReasons(ps, facts.now);
    if (ps.location !== 'OnPremises') {
      reasons.unshift(
        refuse('PS_NOT_ON_PREMISES', 'processServerId', `${ps.friendlyName} runs in Azure: replication to Azure is sent by a process server on-premises.`, {
          kind: 'processServer',
          id: ps.id,
        }),
      );
    }
    return { id: ps.id, label: ps.friendlyName, detail: ps.location === 'Azure' ? 'In Azure' : 'On-premises', eligible: !reasons.some(isBlocking), reasons };
  });
  const selectionReasons: Reason[] = [];
  const chosen = processServers.find((choice) => choice.id === selection.processServerId);
  if (!selection.processServerId) selectionReasons.push(refuse('SELECTION_REQUIRED', 'processServerId', 'Select a process server.'));
  else if (!chosen) selectionReasons.push(refuse('SELECTION_UNKNOWN', 'processServerId', 'The selected process server is not available for this VM.'));
  else selectionReasons.push(...chosen.reasons.filter(isBlocking));
  const all = [...itemReasons, ...selectionReasons];
  const blockers = all.filter(isBlocking);
  return {
    itemReasons,
    processServers,
    selectionReasons,
    forwardPolicy: facts.forwardPolicy,
    blockers,
    warnings: all.filter((reason) => reason.severity === 'warning'),
    canSubmit: blockers.length === 0,
  };
}
