import { getSessionCookie } from 'better-auth/cookies';
import { SESSION_COOKIE_PREFIX } from '../domain/access/security-headers';
import { checkApiToken } from '../data/auth/api-tokens';
import { findSessionUser } from '../data/auth/sessions';
import type { Actor } from '../data/activity-context';
import type { VaultAccess } from '../data/auth/role-assignments';

// Who is calling: a signed-in session (the portal's pages and actions) or a personal
// access token sent as `Authorization: Bearer` (automation). Either acts with its
// user's roles.

export interface Caller {
  userId: string;
  name: string;
  email: string;
  tokenName: string | null;
  clientAddress: string | null;
}

/** Who calls; with `access` when a vault was named: their role on it, null when they hold none. */
export type CallerResult = { ok: true; caller: Caller; access?: VaultAccess | null } | { ok: false; message: string };

const TOKEN_PROBLEMS = {
  unknown: 'The access token is not valid.',
  expired: 'The access token has expired. Create a new one under Access tokens.',
  revoked: 'The access token has been revoked.',
} as const;

export const SIGN_IN_REQUIRED = 'Sign in to continue.';

/** The client's address as the server saw it (first X-Forwarded-For entry), for the activity log and sign-in throttling. */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded ? forwarded.slice(0, 64) : null;
}

/** Who calls; naming `vaultName` reads their role on that vault in the same round trip. */
export async function identifyCaller(headers: Headers, vaultName?: string): Promise<CallerResult> {
  const address = clientAddress(headers);
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) return { ok: false, message: 'The Authorization header must be "Bearer <access token>".' };
    const check = await checkApiToken(match[1]!, { vaultName });
    if (!check.ok) return { ok: false, message: TOKEN_PROBLEMS[check.problem] };
    const caller = { userId: check.user.id, name: check.user.name, email: check.user.email, tokenName: check.tokenName, clientAddress: address };
    return { ok: true, caller, access: check.access };
  }
  // Without a session cookie there is nothing to look up.
  const cookie = getSessionCookie(headers, { cookiePrefix: SESSION_COOKIE_PREFIX });
  if (!cookie) return { ok: false, message: SIGN_IN_REQUIRED };
  const user = await findSessionUser(cookie, undefined, vaultName);
  if (!user) return { ok: false, message: SIGN_IN_REQUIRED };
  return { ok: true, caller: { userId: user.id, name: user.name, email: user.email, tokenName: null, clientAddress: address }, access: user.access };
}

export function actorOf(caller: Caller): Actor {
  return { userId: caller.userId, name: caller.email, tokenName: caller.tokenName, clientAddress: caller.clientAddress };
}
