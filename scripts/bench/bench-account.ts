import { createApiToken } from '../../lib/data/auth/api-tokens';
import { createUser } from '../../lib/data/auth/users';
import type { Db } from '../../lib/data/db';
import { builtActions } from '../../e2e/server-calls';
import { callAs } from './http';

/**
 * Every page and route asks who calls: the bench calls as an account that owns every vault
 * of its database, signed in through the sign-in page's own action (pages need a session)
 * and holding an access token (as automation calls the API).
 */
export async function benchOwnerHeaders(db: Db, baseUrl: string): Promise<Record<string, string>> {
  const email = `bench-${Date.now()}@contoso.com`;
  const password = `bench-${crypto.randomUUID()}`;
  const account = await createUser({ email, name: 'Bench', password }, db);
  if (!account.ok) throw new Error(account.error.message);
  const vaults = await db.vault.findMany({ select: { id: true } });
  await db.roleAssignment.createMany({ data: vaults.map((vault) => ({ vaultId: vault.id, userId: account.data.id, role: 'Owner' as const })) });
  const token = await createApiToken(account.data.id, { name: 'bench', expiresInDays: 1 }, db);
  if (!token.ok) throw new Error(token.error.message);
  return { authorization: `Bearer ${token.data.token}`, cookie: await signIn(baseUrl, email, password) };
}

export async function callAsBenchOwner(db: Db, baseUrl: string): Promise<void> {
  callAs(await benchOwnerHeaders(db, baseUrl));
}

/** Signs in as the sign-in page does (its server action) and returns the session cookie. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const action = builtActions().find((built) => built.name === 'auth.signInAction');
  if (!action) throw new Error('The build has no sign-in action');
  const response = await fetch(`${baseUrl}/sign-in`, {
    method: 'POST',
    headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: baseUrl },
    body: JSON.stringify([{ email, password }]),
  });
  await response.text();
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!)
    .join('; ');
  if (!response.ok || !cookie.includes('session_token')) throw new Error(`Signing in answered ${response.status} without a session`);
  return cookie;
}
