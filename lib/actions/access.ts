'use server';

import { userAction } from '../access/user-action';
import { vaultAction } from '../access/vault-action';
import { createApiToken, revokeApiToken } from '../data/auth/api-tokens';
import { assignRole, removeRoleAssignment } from '../data/auth/role-assignments';
import type { ApiTokenInput, RoleAssignmentInput } from '../schemas/access';

/** Add role assignment in the vault's Access control (IAM): grants a role, or changes the one held. */
export const assignRoleAction = vaultAction(
  { permission: 'access.write', operation: 'access.assignRole' },
  ({ vault, caller }, input: RoleAssignmentInput) => assignRole(vault, input, caller.email),
);

/** Remove, on a row of Access control (IAM). The vault's last Owner stays. */
export const removeRoleAssignmentAction = vaultAction(
  { permission: 'access.write', operation: 'access.removeRole', target: { type: 'roleAssignment' } },
  ({ vault }, assignmentId: string) => removeRoleAssignment(vault, assignmentId),
);

/** New access token: the token itself is in the answer, once. */
export const createApiTokenAction = userAction('token.create', (caller, input: ApiTokenInput) => createApiToken(caller.userId, input));

export const revokeApiTokenAction = userAction('token.revoke', (caller, tokenId: string) => revokeApiToken(caller.userId, tokenId));
