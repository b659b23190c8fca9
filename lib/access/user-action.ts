import { headers } from 'next/headers';
import type { Operation } from '../domain/access/operations';
import { failure, type ActionResult } from '../schemas/action-result';
import { unstorableArguments } from './action-input';
import { identifyCaller, type Caller } from './caller';
import { runRecordedWrite } from './recorded-write';

// Server actions on the signed-in user's own things (their access tokens): a session
// is required, a token may not act here (a leaked token must not mint more), and
// each change is recorded like any other.

export type UserAction<Args extends unknown[], T> = ((...args: Args) => Promise<ActionResult<T>>) & { operation: Operation };

export function userAction<Args extends unknown[], T>(operation: Operation, write: (caller: Caller, ...args: Args) => Promise<ActionResult<T>>): UserAction<Args, T> {
  const action = async (...args: Args): Promise<ActionResult<T>> => {
    const malformed = unstorableArguments(args);
    if (malformed) return malformed;
    const identified = await identifyCaller(await headers());
    if (!identified.ok) return failure('unauthenticated', identified.message);
    const { caller } = identified;
    if (caller.tokenName) return failure('forbidden', 'Access tokens are managed from a signed-in session, not with a token.');
    return runRecordedWrite({ caller, vault: null }, { permission: null, operation }, () => write(caller, ...args));
  };
  return Object.assign(action, { operation });
}
