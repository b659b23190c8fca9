import { accessProblem, type Permission, type VaultRole } from '../domain/access/roles';
import { getVaultAccess } from '../data/auth/role-assignments';
import { failure, type ActionFailure } from '../schemas/action-result';
import { vaultNameSchema, type VaultSummary } from '../schemas/vault';
import { identifyCaller, type Caller } from './caller';

// The one check in front of every vault read and write: who calls (401 when nobody),
// whether they hold a role on the vault (404 when not, so that names do not leak),
// and whether that role grants the permission (403, naming the role needed).
// It reads nothing of what the request will change.

export interface VaultGrant {
  caller: Caller;
  vault: VaultSummary;
  role: VaultRole;
}

export type VaultAuthorization = { ok: true; grant: VaultGrant } | { ok: false; error: ActionFailure };

export function vaultNotFound(vaultName: unknown) {
  const name = typeof vaultName === 'string' ? vaultName.slice(0, 100) : '';
  return failure('not-found', `Vault '${name}' was not found.`);
}

export async function authorizeVault(headers: Headers, vaultName: unknown, permission: Permission): Promise<VaultAuthorization> {
  const name = vaultNameSchema.safeParse(vaultName);
  // Who calls and their role on the vault, in one round trip.
  const identified = await identifyCaller(headers, name.success ? name.data : undefined);
  if (!identified.ok) return failure('unauthenticated', identified.message);
  if (!name.success) return vaultNotFound(vaultName);
  const access = identified.access !== undefined ? identified.access : await getVaultAccess(identified.caller.userId, name.data);
  if (!access) return vaultNotFound(vaultName);
  const problem = accessProblem(access.role, permission, access.vault.name);
  if (problem) return failure('forbidden', problem);
  return { ok: true, grant: { caller: identified.caller, vault: access.vault, role: access.role } };
}
