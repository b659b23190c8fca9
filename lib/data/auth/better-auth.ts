import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { allowedHostNames } from '../../domain/access/allowed-hosts';
import { SESSION_COOKIE_PREFIX } from '../../domain/access/security-headers';
import { getDb, type Db } from '../db';
import { MIN_PASSWORD_LENGTH } from '../../schemas/access';
import { sessionSecret } from './secret';

// Sessions, password checks and cookies come from Better Auth, on the portal's own
// database through its Prisma client. Accounts are made by the portal's user
// command and the first start, never by sign-up. See docs/access-control.md.

/** A signed-in session lasts this long without use being needed to extend it. */
export const SESSION_LIFETIME_SECONDS = 8 * 60 * 60;

function hostPatterns(): string[] {
  return allowedHostNames(process.env).flatMap((name) => [name, `${name}:*`]);
}

/**
 * Cookies are Secure when people reach the portal over HTTPS (VAULT_PUBLIC_URL names an
 * https:// address, typically a TLS-terminating proxy in front of it). Over plain HTTP a
 * browser would drop a Secure cookie on any host but localhost, and nobody could sign in.
 */
export function servedOverHttps(): boolean {
  return (process.env.VAULT_PUBLIC_URL ?? '').toLowerCase().startsWith('https://');
}

function buildAuth(db: Db, secret: string) {
  return betterAuth({
    appName: 'Vault Portal',
    secret,
    baseURL: { allowedHosts: hostPatterns() },
    database: prismaAdapter(db, { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: MIN_PASSWORD_LENGTH,
    },
    session: {
      expiresIn: SESSION_LIFETIME_SECONDS,
      // A session lasts its fixed time from sign-in: reading a page never writes, and the
      // cookie and the session row always expire together.
      disableSessionRefresh: true,
      // Every request reads the session row, so a sign-out or a removed account takes
      // effect at once on every portal sharing the database.
      cookieCache: { enabled: false },
    },
    // Failed sign-ins are slowed down per account and per address by the portal itself,
    // with counters in the database (lib/data/auth/sign-in-throttle.ts).
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: servedOverHttps(),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      database: { generateId: 'uuid' },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type PortalAuth = ReturnType<typeof buildAuth>;

const holder = globalThis as unknown as { vaultPortalAuth?: Promise<PortalAuth> };

/** The portal's one Better Auth instance, made when first needed (its secret lives in the database). */
export function getAuth(): Promise<PortalAuth> {
  holder.vaultPortalAuth ??= sessionSecret(getDb())
    .then((secret) => buildAuth(getDb(), secret))
    .catch((error: unknown) => {
      holder.vaultPortalAuth = undefined;
      throw error;
    });
  return holder.vaultPortalAuth;
}
