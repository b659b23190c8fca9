import { randomUUID } from 'node:crypto';
import type { Operation } from '../domain/access/operations';
import type { Permission } from '../domain/access/roles';
import { withActivityScope, type ActivityScope } from '../data/activity-context';
import { AccessRevoked, appendActivity, newCorrelationId, type ActivityTarget } from '../data/activity-log';
import { getDb } from '../data/db';
import { isDatabaseBusy } from '../data/refusals';
import { busyFailure, failure, type ActionResult } from '../schemas/action-result';
import { actorOf } from './caller';
import type { VaultGrant } from './authorize';

// Runs an authorized write with its caller in scope, so that the write records its
// activity entry (and its job's starter) in its own transaction. A write the rules
// refuse is recorded here as Failed, with the reason the caller was told.

/** Kinds of failure that mean the write was tried and refused (not a malformed call). */
const RECORDED_FAILURES = new Set(['refused', 'conflict', 'not-found', 'forbidden']);

export interface WriteSpec {
  /** What the caller's role on the vault must grant; none for the caller's own things (tokens). */
  permission: Permission | null;
  operation: Operation;
  /** What the write is about, when the request names it: recorded with a refusal. */
  target?: ActivityTarget | null;
}

export async function runRecordedWrite<T>(
  grant: VaultGrant | { caller: VaultGrant['caller']; vault: null },
  spec: WriteSpec,
  write: () => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const scope: ActivityScope = {
    actor: actorOf(grant.caller),
    vault: grant.vault ? { id: grant.vault.id, name: grant.vault.name } : null,
    operation: spec.operation,
    permission: grant.vault ? spec.permission : null,
    correlationId: newCorrelationId(),
    recorded: false,
  };
  let result: ActionResult<T>;
  try {
    result = await withActivityScope(scope, write);
  } catch (error) {
    if (error instanceof AccessRevoked) return failure('forbidden', error.message);
    if (isDatabaseBusy(error)) return busyFailure();
    const reference = randomUUID();
    console.error(`[write ${spec.operation}] failed unexpectedly (reference ${reference})`, error);
    return failure('unexpected', `The request could not be completed (reference ${reference}). Try again in a moment.`);
  }
  if (!result.ok && RECORDED_FAILURES.has(result.error.kind)) {
    await appendActivity(getDb(), scope, { result: 'Failed', reason: result.error.message, target: spec.target ?? null });
  } else if (result.ok && !scope.recorded) {
    // Every write records itself in its transaction; one that did not is a defect, but
    // it is still not left out of the log.
    console.error(`[write ${spec.operation}] succeeded without recording its activity entry`);
    await appendActivity(getDb(), scope, { result: 'Succeeded', target: spec.target ?? null });
  }
  return result;
}
