import { SDK_API_VERSION } from './api-versions';
import { RESOURCE_TYPES, vaultResourceId, type VaultCoordinates } from './resource-ids';

// The vault as an ARM resource, for its JSON view: the id the automation API's paths
// start with, and the api-version the shown shape belongs to.

export function armVaultResource(vault: VaultCoordinates & { location: string }) {
  return {
    id: vaultResourceId(vault),
    name: vault.name,
    type: RESOURCE_TYPES.vault,
    location: vault.location,
    sku: { name: 'Standard' },
    properties: { provisioningState: 'Succeeded' },
  };
}

export const VAULT_JSON_API_VERSION = SDK_API_VERSION;
