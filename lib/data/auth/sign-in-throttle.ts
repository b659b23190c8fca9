import 'server-only';
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE, recordFailure, waitBeforeAttempt, type ThrottlePolicy, type ThrottleState } from '../../domain/access/sign-in-throttle';
import { getDb, type Db } from '../db';

// The counters behind slowing down failed sign-ins, in the database so that every
// portal sharing it counts the same attempts.

interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  const keys = [{ key: `account:${email.toLowerCase()}`, policy: ACCOUNT_THROTTLE }];
  if (address) keys.push({ key: `address:${address}`, policy: ADDRESS_THROTTLE });
  return keys;
}

/** Milliseconds before another attempt is allowed for any of the keys (0: now). */
export async function signInWait(keys: ThrottleKey[], db: Db = getDb(), now = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  return Math.max(0, ...rows.map((row) => waitBeforeAttempt(row, now)));
}

/** Counts a failed attempt against every key; returns the wait it now imposes. */
export async function recordSignInFailure(keys: ThrottleKey[], db: Db = getDb(), now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    let wait = 0;
    // One order for every caller, so two failing attempts never wait on each other's locks.
    for (const { key, policy } of [...keys].sort((a, b) => a.key.localeCompare(b.key))) {
      await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "firstFailureAt", "updatedAt") VALUES (${key}, 0, ${now}, ${now}) ON CONFLICT ("key") DO NOTHING`;
      const [row] = await tx.$queryRaw<ThrottleState[]>`SELECT "failures", "firstFailureAt", "lockedUntil" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
      const next = recordFailure(row && row.failures > 0 ? row : null, policy, now);
      await tx.signInThrottle.update({ where: { key }, data: next });
      wait = Math.max(wait, waitBeforeAttempt(next, now));
    }
    return wait;
  });
}

/** A successful sign-in forgets the account's failures (not the address's: others may share it). */
export async function clearAccountFailures(email: string, db: Db = getDb()): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `account:${email.toLowerCase()}` } });
}
