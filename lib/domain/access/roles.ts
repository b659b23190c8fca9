// Who may do what on a vault: one table, read by the server (every action and
// route checks it before it reads anything for writing) and by the UI (a command
// the caller may not run is disabled with the reason). It mirrors Azure's
// built-in roles for Site Recovery; see docs/access-control.md.

export const VAULT_ROLES = ['Reader', 'Operator', 'Contributor', 'Owner'] as const;
export type VaultRole = (typeof VAULT_ROLES)[number];

/** The names the Azure portal gives these roles. */
export const ROLE_DISPLAY_NAMES: Record<VaultRole, string> = {
  Reader: 'Site Recovery Reader',
  Operator: 'Site Recovery Operator',
  Contributor: 'Site Recovery Contributor',
  Owner: 'Owner',
};

export const ROLE_DESCRIPTIONS: Record<VaultRole, string> = {
  Reader: 'Sees everything in the vault, exports CSV and runs Validate; changes nothing.',
  Operator: 'Reader, plus Re-Protect, failover and commit of VMs and recovery plans, and cancel, restart or resume jobs.',
  Contributor: 'Operator, plus policies, infrastructure registration and the site lab.',
  Owner: 'Contributor, plus access control: who holds which role on the vault.',
};

interface PermissionEntry {
  /** What the permission allows, as a refusal or a tooltip says it. */
  description: string;
  roles: readonly VaultRole[];
}

const READERS = ['Reader', 'Operator', 'Contributor', 'Owner'] as const;
const OPERATORS = ['Operator', 'Contributor', 'Owner'] as const;
const CONTRIBUTORS = ['Contributor', 'Owner'] as const;
const OWNERS = ['Owner'] as const;

export const PERMISSIONS = {
  'vault.read': { description: 'view the vault, its items, plans, jobs, infrastructure and activity log', roles: READERS },
  'vault.export': { description: 'export jobs and the activity log as CSV', roles: READERS },
  'reprotect.validate': { description: 'validate a reprotect without starting it', roles: READERS },
  'items.reprotect': { description: 'reprotect a VM or a recovery plan', roles: OPERATORS },
  'items.failover': { description: 'fail over or commit a VM or a recovery plan', roles: OPERATORS },
  'jobs.manage': { description: 'cancel, restart or resume jobs', roles: OPERATORS },
  'policies.write': { description: 'create, edit or delete replication policies', roles: CONTRIBUTORS },
  'infrastructure.write': { description: 'register process servers and master targets', roles: CONTRIBUTORS },
  'lab.write': { description: 'change the site lab', roles: CONTRIBUTORS },
  'access.write': { description: 'grant or remove roles on the vault', roles: OWNERS },
} as const satisfies Record<string, PermissionEntry>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function isVaultRole(value: unknown): value is VaultRole {
  return typeof value === 'string' && (VAULT_ROLES as readonly string[]).includes(value);
}

export function roleCan(role: VaultRole | null | undefined, permission: Permission): boolean {
  return role != null && (PERMISSIONS[permission].roles as readonly VaultRole[]).includes(role);
}

/** The least of the roles that grant a permission: the one a refusal names. */
export function minimumRole(permission: Permission): VaultRole {
  const granted = PERMISSIONS[permission].roles as readonly VaultRole[];
  const role = VAULT_ROLES.find((candidate) => granted.includes(candidate));
  if (!role) throw new Error(`No role grants ${permission}`);
  return role;
}

/** Everything a role may do, in the table's order. */
export function permissionsOf(role: VaultRole): Permission[] {
  return PERMISSION_NAMES.filter((permission) => roleCan(role, permission));
}

/** "Requires the Site Recovery Operator role on contoso-dr-vault". */
export function missingRoleReason(permission: Permission, vaultName: string): string {
  return `Requires the ${ROLE_DISPLAY_NAMES[minimumRole(permission)]} role on ${vaultName}.`;
}

/** Why a caller with `role` may not use `permission`, or null when they may. */
export function accessProblem(role: VaultRole | null | undefined, permission: Permission, vaultName: string): string | null {
  return roleCan(role, permission) ? null : missingRoleReason(permission, vaultName);
}

/** Ranks roles, so that "at least Operator" and the last-Owner rule read plainly. */
export function roleRank(role: VaultRole): number {
  return VAULT_ROLES.indexOf(role);
}
