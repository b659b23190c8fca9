import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import type { VaultRole } from '../lib/domain/access/roles';
import { createApiToken } from '../lib/data/auth/api-tokens';
import { createUser } from '../lib/data/auth/users';
import type { Db } from '../lib/data/db';

// Callers for tests of the request layer: real accounts, with real access tokens,
// holding a role on a vault (or none), exactly as automation calls the portal.

export interface TestCaller {
  userId: string;
  email: string;
  password: string;
  token: string;
  headers: Record<string, string>;
}

export async function createTestCaller(db: Db, grant?: { vaultId: string; role: VaultRole }): Promise<TestCaller> {
  const email = `user-${randomUUID().slice(0, 8)}@contoso.com`;
  const password = `pw-${randomUUID()}`;
  const user = await createUser({ email, name: email, password }, db);
  if (!user.ok) throw new Error(user.error.message);
  if (grant) await db.roleAssignment.create({ data: { vaultId: grant.vaultId, userId: user.data.id, role: grant.role } });
  const token = await createApiToken(user.data.id, { name: 'tests', expiresInDays: 1 }, db);
  if (!token.ok) throw new Error(token.error.message);
  return { userId: user.data.id, email, password, token: token.data.token, headers: { authorization: `Bearer ${token.data.token}` } };
}

/** A request as a route handler receives it. */
export function routeRequest(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): NextRequest {
  return new NextRequest(new URL(url, 'http://localhost'), init);
}

/** A Reader of a vault of a running portal, by the portal's database: the headers its API wants. */
export async function vaultReaderHeaders(databaseUrl: string, vaultName: string): Promise<Record<string, string>> {
  const { createPrismaClient } = await import('../lib/data/db');
  const db = createPrismaClient(databaseUrl, 1);
  try {
    const vault = await db.vault.findUniqueOrThrow({ where: { name: vaultName }, select: { id: true } });
    return (await createTestCaller(db, { vaultId: vault.id, role: 'Reader' })).headers;
  } finally {
    await db.$disconnect();
  }
}
