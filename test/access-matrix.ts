import { randomUUID } from 'node:crypto';
import type { Db } from '../lib/data/db';
import { revokeApiToken } from '../lib/data/auth/api-tokens';
import { seedDemoVaultCopy } from '../lib/data/seed/demo-vault';
import type { VaultRole } from '../lib/domain/access/roles';
import { createTestCaller, type TestCaller } from './access';

// The callers of the authorization matrix: nobody, each role on the vault, tokens that
// no longer work, and someone who holds a role on another vault only.

export type CallerName = 'anonymous' | 'expired token' | 'revoked token' | 'other vault only' | VaultRole;

export const ROLE_CALLERS: VaultRole[] = ['Reader', 'Operator', 'Contributor', 'Owner'];
export const REFUSED_CALLERS = ['anonymous', 'expired token', 'revoked token', 'other vault only'] as const;

/** The answer a refused caller gets, by caller. */
export const EXPECTED_REFUSAL: Record<(typeof REFUSED_CALLERS)[number], 'unauthenticated' | 'not-found'> = {
  anonymous: 'unauthenticated',
  'expired token': 'unauthenticated',
  'revoked token': 'unauthenticated',
  'other vault only': 'not-found',
};

export interface MatrixWorld {
  vault: { id: string; name: string };
  otherVault: { id: string; name: string };
  headers: Record<CallerName, Record<string, string>>;
  callers: Record<VaultRole, TestCaller>;
}

export async function createMatrixWorld(db: Db): Promise<MatrixWorld> {
  const name = `matrix-${randomUUID().slice(0, 8)}`;
  const otherName = `${name}-other`;
  const vault = { id: await seedDemoVaultCopy(db, name), name };
  const otherVault = { id: await seedDemoVaultCopy(db, otherName), name: otherName };
  const callers = {} as Record<VaultRole, TestCaller>;
  for (const role of ROLE_CALLERS) callers[role] = await createTestCaller(db, { vaultId: vault.id, role });
  const expired = await createTestCaller(db, { vaultId: vault.id, role: 'Owner' });
  await db.apiToken.updateMany({ where: { userId: expired.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const revoked = await createTestCaller(db, { vaultId: vault.id, role: 'Owner' });
  const token = await db.apiToken.findFirstOrThrow({ where: { userId: revoked.userId } });
  await revokeApiToken(revoked.userId, token.id, db);
  const outsider = await createTestCaller(db, { vaultId: otherVault.id, role: 'Owner' });
  return {
    vault,
    otherVault,
    callers,
    headers: {
      anonymous: {},
      'expired token': expired.headers,
      'revoked token': revoked.headers,
      'other vault only': outsider.headers,
      Reader: callers.Reader.headers,
      Operator: callers.Operator.headers,
      Contributor: callers.Contributor.headers,
      Owner: callers.Owner.headers,
    },
  };
}
