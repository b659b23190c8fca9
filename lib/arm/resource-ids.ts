// Resource ids and names of the automation API. A vault's resources hang under its
// ARM id; the portal's rows are named as the service names them: a fabric after its
// configuration server, a protection container "cloud_<fabric>", a replicated item and a
// job by their ids, a policy and a recovery plan by the name they were given.

export interface VaultCoordinates {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

export const PROVIDER = 'Microsoft.RecoveryServices';

export const RESOURCE_TYPES = {
  vault: `${PROVIDER}/vaults`,
  fabric: `${PROVIDER}/vaults/replicationFabrics`,
  container: `${PROVIDER}/vaults/replicationFabrics/replicationProtectionContainers`,
  item: `${PROVIDER}/vaults/replicationFabrics/replicationProtectionContainers/replicationProtectedItems`,
  vcenter: `${PROVIDER}/vaults/replicationFabrics/replicationvCenters`,
  job: `${PROVIDER}/vaults/replicationJobs`,
  plan: `${PROVIDER}/vaults/replicationRecoveryPlans`,
  policy: `${PROVIDER}/vaults/replicationPolicies`,
} as const;

const CONTAINER_PREFIX = 'cloud_';

export function vaultResourceId(vault: VaultCoordinates): string {
  return `/subscriptions/${vault.subscriptionId}/resourceGroups/${vault.resourceGroup}/providers/${PROVIDER}/vaults/${vault.name}`;
}

export function containerName(fabricName: string): string {
  return `${CONTAINER_PREFIX}${fabricName}`;
}

/** The fabric a container name belongs to, or null when the name is not one of ours. */
export function fabricOfContainer(name: string): string | null {
  return name.startsWith(CONTAINER_PREFIX) && name.length > CONTAINER_PREFIX.length ? name.slice(CONTAINER_PREFIX.length) : null;
}

export function armIds(vault: VaultCoordinates) {
  const base = vaultResourceId(vault);
  const fabric = (fabricName: string) => `${base}/replicationFabrics/${fabricName}`;
  const container = (fabricName: string) => `${fabric(fabricName)}/replicationProtectionContainers/${containerName(fabricName)}`;
  return {
    vault: base,
    fabric,
    container,
    item: (fabricName: string, itemName: string) => `${container(fabricName)}/replicationProtectedItems/${itemName}`,
    vcenter: (fabricName: string, name: string) => `${fabric(fabricName)}/replicationvCenters/${name}`,
    job: (jobName: string) => `${base}/replicationJobs/${jobName}`,
    plan: (planName: string) => `${base}/replicationRecoveryPlans/${planName}`,
    policy: (policyName: string) => `${base}/replicationPolicies/${policyName}`,
  };
}

export type ArmIds = ReturnType<typeof armIds>;

/** Whether a request's path names this vault: ARM compares subscription and resource group without regard to case. */
export function pathNamesVault(path: { subscriptionId: string; resourceGroupName: string }, vault: VaultCoordinates): boolean {
  return path.subscriptionId.toLowerCase() === vault.subscriptionId.toLowerCase() && path.resourceGroupName.toLowerCase() === vault.resourceGroup.toLowerCase();
}

/** The last segment of a resource id, or the value itself when it is a plain name. */
export function nameFromIdOrName(value: string): string {
  const trimmed = value.trim().replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
