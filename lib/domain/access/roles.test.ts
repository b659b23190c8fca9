import { describe, expect, it } from 'vitest';
import {
  accessProblem,
  minimumRole,
  missingRoleReason,
  PERMISSION_NAMES,
  permissionsOf,
  roleCan,
  VAULT_ROLES,
  type Permission,
  type VaultRole,
} from './roles';

// The expected matrix, written out: a change to the table must change this too.
const EXPECTED: Record<VaultRole, Permission[]> = {
  Reader: ['vault.read', 'vault.export', 'reprotect.validate'],
  Operator: ['vault.read', 'vault.export', 'reprotect.validate', 'items.reprotect', 'items.failover', 'jobs.manage'],
  Contributor: [
    'vault.read',
    'vault.export',
    'reprotect.validate',
    'items.reprotect',
    'items.failover',
    'jobs.manage',
    'policies.write',
    'infrastructure.write',
    'lab.write',
  ],
  Owner: [...PERMISSION_NAMES],
};

describe('vault roles', () => {
  it.each(VAULT_ROLES)('%s may do exactly what the built-in role allows', (role) => {
    expect(permissionsOf(role)).toEqual(EXPECTED[role]);
  });

  it('each role includes everything the role below it may do', () => {
    for (let i = 1; i < VAULT_ROLES.length; i++) {
      const lower = permissionsOf(VAULT_ROLES[i - 1]!);
      expect(permissionsOf(VAULT_ROLES[i]!)).toEqual(expect.arrayContaining(lower));
    }
  });

  it('no role, or an unknown one, may do nothing', () => {
    for (const permission of PERMISSION_NAMES) {
      expect(roleCan(null, permission)).toBe(false);
      expect(roleCan(undefined, permission)).toBe(false);
    }
  });

  it('names the least role that grants a permission', () => {
    expect(minimumRole('vault.read')).toBe('Reader');
    expect(minimumRole('items.reprotect')).toBe('Operator');
    expect(minimumRole('lab.write')).toBe('Contributor');
    expect(minimumRole('access.write')).toBe('Owner');
  });

  it('says which role is missing, on which vault', () => {
    expect(missingRoleReason('items.reprotect', 'contoso-dr-vault')).toBe(
      'Requires the Site Recovery Operator role on contoso-dr-vault.',
    );
    expect(accessProblem('Reader', 'policies.write', 'v1')).toBe('Requires the Site Recovery Contributor role on v1.');
    expect(accessProblem('Contributor', 'policies.write', 'v1')).toBeNull();
    expect(accessProblem('Contributor', 'access.write', 'v1')).toBe('Requires the Owner role on v1.');
  });
});
