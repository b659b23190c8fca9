import { ACTIVE_LOCATIONS, PROTECTION_STATES, REPLICATION_HEALTHS, protectionStateDescription } from '../domain/protection-status';
import { allowedOperations } from '../domain/cycle/operations';
import type { ArmProtectedItem } from '../schemas/arm-resources';
import type { ReverseReplicationInput } from '../schemas/arm-requests';
import type { ReprotectInput } from '../schemas/reprotect';
import { parseODataFilter } from './odata';
import { nameFromIdOrName, RESOURCE_TYPES, type ArmIds } from './resource-ids';

// A replicated item as ReplicationProtectedItem, and the reverse of it: a
// ReverseReplicationInput as the Re-Protect blade's input.

/** What the translation reads of an item (lib/data/protected-items selects it). */
export interface ProtectedItemSource {
  id: string;
  friendlyName: string;
  osType: string;
  osDistribution: string;
  osVersion: string;
  diskCount: number;
  protectionState: (typeof PROTECTION_STATES)[number];
  activeLocation: (typeof ACTIVE_LOCATIONS)[number];
  replicationHealth: string;
  rpoInSeconds: number | null;
  lastSuccessfulFailoverTime: Date | null;
  azureVmName: string;
  configurationServer: { id: string; friendlyName: string };
  forwardPolicy: { friendlyName: string };
  failbackPolicy: { friendlyName: string } | null;
  masterTargetId: string | null;
  processServerId: string | null;
  replicationGroup: { id: string; name: string } | null;
  sourceDatastores: { datastore: { symbolicName: string } }[];
  jobs: { id: string; scenarioName: string; startTime: Date | null; createdAt: Date }[];
}

/** The policy in force: the failback policy once the item replicates back (or is being set up to), else its forward policy. */
function policyInForce(item: ProtectedItemSource): string {
  const back = item.activeLocation === 'Recovery' && (item.protectionState === 'Protected' || item.protectionState === 'ReprotectInProgress');
  return back && item.failbackPolicy ? item.failbackPolicy.friendlyName : item.forwardPolicy.friendlyName;
}

export function toArmProtectedItem(item: ProtectedItemSource, location: string, ids: ArmIds): ArmProtectedItem {
  const fabricName = item.configurationServer.id;
  const policy = policyInForce(item);
  const job = item.jobs[0];
  return {
    id: ids.item(fabricName, item.id),
    name: item.id,
    type: RESOURCE_TYPES.item,
    location,
    properties: {
      friendlyName: item.friendlyName,
      protectedItemType: 'ProtectionEntity',
      primaryFabricFriendlyName: item.configurationServer.friendlyName,
      primaryFabricProvider: 'VMware',
      recoveryFabricFriendlyName: 'Microsoft Azure',
      primaryProtectionContainerFriendlyName: item.configurationServer.friendlyName,
      protectionState: item.protectionState,
      protectionStateDescription: protectionStateDescription(item.protectionState),
      activeLocation: item.activeLocation,
      replicationHealth: item.replicationHealth,
      // The failback cycle's one table, as the item page and the commands read it.
      allowedOperations: allowedOperations({ protectionState: item.protectionState, activeLocation: item.activeLocation, activeJob: job }),
      healthErrors: [],
      policyId: ids.policy(policy),
      policyFriendlyName: policy,
      ...(item.lastSuccessfulFailoverTime ? { lastSuccessfulFailoverTime: item.lastSuccessfulFailoverTime.toISOString() } : {}),
      ...(job ? { currentScenario: { scenarioName: job.scenarioName, jobId: ids.job(job.id), startTime: (job.startTime ?? job.createdAt).toISOString() } } : {}),
      providerSpecificDetails: {
        instanceType: 'InMage',
        activeSiteType: item.activeLocation === 'Recovery' ? 'Azure' : 'OnPremises',
        vmId: item.id,
        osDetails: { osType: item.osType, productType: item.osDistribution, osVersion: item.osVersion },
        osVersion: item.osVersion,
        ...(item.rpoInSeconds !== null ? { rpoInSeconds: item.rpoInSeconds } : {}),
        ...(item.replicationGroup ? { multiVmGroupId: item.replicationGroup.id, multiVmGroupName: item.replicationGroup.name } : {}),
        ...(item.masterTargetId ? { masterTargetId: item.masterTargetId } : {}),
        ...(item.processServerId ? { processServerId: item.processServerId } : {}),
        datastores: item.sourceDatastores.map((entry) => entry.datastore.symbolicName),
        protectedDisks: Array.from({ length: item.diskCount }, (_, index) => ({ diskName: `${item.azureVmName}-disk-${index}` })),
      },
    },
  };
}

export interface ItemFilter {
  protectionState?: ProtectedItemSource['protectionState'];
  replicationHealth?: (typeof REPLICATION_HEALTHS)[number];
  activeLocation?: ProtectedItemSource['activeLocation'];
  friendlyName?: string;
}

const ITEM_FILTER_FIELDS = { protectionState: ['eq'], replicationHealth: ['eq'], activeLocation: ['eq'], friendlyName: ['eq'] } as const;

function oneOf<T extends string>(values: readonly T[], value: string, field: string): { value: T } | { message: string } {
  const found = values.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  return found ? { value: found } : { message: `$filter: ${field} is one of ${values.join(', ')}.` };
}

/** $filter of the replicated item lists. */
export function parseItemFilter(text: string | null): { ok: true; filter: ItemFilter } | { ok: false; message: string } {
  const parsed = parseODataFilter(text, ITEM_FILTER_FIELDS);
  if (!parsed.ok) return parsed;
  const filter: ItemFilter = {};
  for (const { field, value } of parsed.clauses) {
    if (field === 'friendlyName') {
      filter.friendlyName = value.slice(0, 200);
      continue;
    }
    const values = field === 'protectionState' ? PROTECTION_STATES : field === 'replicationHealth' ? REPLICATION_HEALTHS : ACTIVE_LOCATIONS;
    const checked = oneOf<string>(values, value, field);
    if ('message' in checked) return { ok: false, message: checked.message };
    (filter as Record<string, string>)[field] = checked.value;
  }
  return { ok: true, filter };
}

/**
 * The blade's input from a ReverseReplicationInput. The master target and process server
 * are named by id as the fabric lists them; the retention drive and the datastore by
 * name, resolved by the caller (an unknown name stays as given, and the rules say it is
 * not available, naming the field).
 */
export function toReprotectInput(
  itemId: string,
  input: ReverseReplicationInput,
  resolved: { retentionVolumeId?: string; datastoreId?: string },
): ReprotectInput {
  const details = input.properties.providerSpecificDetails;
  return {
    itemId,
    direction: 'AzureToOnPremises',
    masterTargetId: nameFromIdOrName(details.masterTargetId),
    processServerId: nameFromIdOrName(details.processServerId),
    datastoreId: resolved.datastoreId ?? details.datastoreName ?? '',
    retentionVolumeId: resolved.retentionVolumeId ?? details.retentionDrive,
  };
}

/** What the portal refuses in a ReverseReplicationInput before any rule runs: fields it has no use for, and a profile that is not the item's failback policy. */
export function reprotectInputProblems(input: ReverseReplicationInput, failbackPolicyName: string | null): Record<string, string> {
  const details = input.properties.providerSpecificDetails;
  const problems: Record<string, string> = {};
  const at = (field: string) => `properties.providerSpecificDetails.${field}`;
  if (failbackPolicyName && nameFromIdOrName(details.profileId).toLowerCase() !== failbackPolicyName.toLowerCase()) {
    problems[at('profileId')] = `profileId names ${nameFromIdOrName(details.profileId).slice(0, 100)}, but this VM replicates back with ${failbackPolicyName}, the failback policy of its forward policy; the failback policy is not a choice.`;
  }
  if (details.runAsAccountId) problems[at('runAsAccountId')] = 'This vault has no run-as accounts (the fabric lists none): leave runAsAccountId out.';
  if (details.diskExclusionInput !== undefined || (details.disksToInclude && details.disksToInclude.length > 0)) {
    problems[at(details.diskExclusionInput !== undefined ? 'diskExclusionInput' : 'disksToInclude')] = 'Every disk of the VM is protected back; leave diskExclusionInput and disksToInclude out.';
  }
  return problems;
}
