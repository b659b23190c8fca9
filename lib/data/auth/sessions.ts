import 'server-only';
import { constantTimeEqual, makeSignature } from 'better-auth/crypto';
import { getDb } from '../db';
import { Prisma } from '../generated/prisma/client';
import { toVaultAccess, vaultAccessColumns, vaultAccessJoin, type VaultAccess, type VaultAccessRow } from './role-assignments';
import { getAuth } from './better-auth';

// The signed-in user of a request, from the session cookie the authentication library set:
// its signature checked with the library's own signing and secret, then the session and its
// user read in one round trip. This runs in front of every page, action and route, so it
// avoids the library's general session endpoint (several queries and hooks per call);
// expiry is the session row's, exactly as the library decides it.

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

/** The cookie's value is `<session token>.<signature>`; null when the signature does not match. */
async function verifiedToken(cookieValue: string, secret: string): Promise<string | null> {
  const dot = cookieValue.lastIndexOf('.');
  if (dot < 1) return null;
  const token = cookieValue.slice(0, dot);
  const signature = cookieValue.slice(dot + 1);
  return constantTimeEqual(signature, await makeSignature(token, secret)) ? token : null;
}

/** A signed-in user; with `access` when a vault was named: their role on it, null when they hold none. */
export interface SessionCaller extends SessionUser {
  access?: VaultAccess | null;
}

export async function findSessionUser(cookieValue: string, now = new Date(), vaultName?: string): Promise<SessionCaller | null> {
  const { secret } = await (await getAuth()).$context;
  const token = await verifiedToken(cookieValue, secret);
  if (!token) return null;
  if (vaultName === undefined) {
    const [user] = await getDb().$queryRaw<SessionUser[]>`
      SELECT u."id", u."name", u."email" FROM "Session" s JOIN "User" u ON u."id" = s."userId"
      WHERE s."token" = ${token} AND s."expiresAt" > ${now}`;
    return user ?? null;
  }
  // The session, its user and their role on the vault in one round trip, as every vault request needs.
  const [row] = await getDb().$queryRaw<Array<SessionUser & VaultAccessRow>>`
    SELECT u."id", u."name", u."email", ${vaultAccessColumns}
    FROM "Session" s JOIN "User" u ON u."id" = s."userId" ${vaultAccessJoin(Prisma.sql`u."id"`, vaultName)}
    WHERE s."token" = ${token} AND s."expiresAt" > ${now}`;
  return row ? { id: row.id, name: row.name, email: row.email, access: toVaultAccess(row) } : null;
}
