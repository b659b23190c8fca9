'use server';

import { isAPIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientAddress, identifyCaller } from '../access/caller';
import { safeReturnPath } from '../domain/access/return-path';
import { throttledMessage } from '../domain/access/sign-in-throttle';
import { appendActivity, newCorrelationId } from '../data/activity-log';
import { getAuth } from '../data/auth/better-auth';
import { clearAccountFailures, recordSignInFailure, signInWait, throttleKeys } from '../data/auth/sign-in-throttle';
import { getDb } from '../data/db';
import { failure, invalidInput, type ActionResult } from '../schemas/action-result';
import { signInSchema, type SignInInput } from '../schemas/access';

// Sign-in and sign-out. Better Auth checks the password and sets the session cookie;
// the portal slows down repeated failures and records every attempt.

const WRONG = 'The email address or password is not right.';

async function recordSignIn(email: string, userId: string | null, address: string | null, result: 'Succeeded' | 'Failed', reason?: string) {
  await appendActivity(
    getDb(),
    { actor: { userId, name: email, clientAddress: address }, vault: null, operation: 'user.signIn', correlationId: newCorrelationId() },
    { result, reason: reason ?? null, target: userId ? { type: 'user', id: userId, name: email } : null },
  );
}

/** Sign in: where to go next on success, or what was wrong. */
export async function signInAction(input: SignInInput, returnTo?: string): Promise<ActionResult<{ returnTo: string }>> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { email, password } = parsed.data;
  const requestHeaders = await headers();
  const address = clientAddress(requestHeaders);
  const keys = throttleKeys(email, address);

  const wait = await signInWait(keys);
  if (wait > 0) {
    await recordSignIn(email, null, address, 'Failed', 'Slowed down after repeated failures.');
    return failure('refused', throttledMessage(wait), { form: throttledMessage(wait) });
  }
  try {
    const auth = await getAuth();
    const signedIn = await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers: requestHeaders });
    await clearAccountFailures(email);
    await recordSignIn(email, signedIn.user.id, address, 'Succeeded');
    return { ok: true, data: { returnTo: safeReturnPath(returnTo) } };
  } catch (error) {
    if (!isAPIError(error) || error.statusCode !== 401) throw error;
    const nextWait = await recordSignInFailure(keys);
    await recordSignIn(email, null, address, 'Failed', WRONG);
    const message = nextWait > 0 ? `${WRONG} ${throttledMessage(nextWait)}` : WRONG;
    return failure('unauthenticated', message, { form: message });
  }
}

export async function signOutAction(): Promise<never> {
  const requestHeaders = await headers();
  const identified = await identifyCaller(requestHeaders);
  const auth = await getAuth();
  await auth.api.signOut({ headers: requestHeaders });
  if (identified.ok) {
    const { caller } = identified;
    await appendActivity(
      getDb(),
      { actor: { userId: caller.userId, name: caller.email, clientAddress: caller.clientAddress }, vault: null, operation: 'user.signOut', correlationId: newCorrelationId() },
      { result: 'Succeeded', target: { type: 'user', id: caller.userId, name: caller.email } },
    );
  }
  redirect('/sign-in');
}
