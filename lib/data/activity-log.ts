import 'server-only';
import { randomUUID } from 'node:crypto';
import { roleCan } from '../domain/access/roles';
import type { ActivityResult, Operation } from '../domain/access/operations';
import { currentActivityScope, type ActivityScope, type Actor } from './activity-context';
import type { DbOrTx } from './reprotect-facts';

// Every write the portal accepts leaves an entry here, written in the transaction of
// the write itself: a change is never without its entry, nor an entry without its
// change. The table is append-only (a trigger refuses UPDATE and DELETE).

export interface ActivityTarget {
  /** "replicatedItem", "recoveryPlan", "job", "policy", "masterTarget", "roleAssignment" … */
  type: string;
  id: string;
  name: string;
}

export interface ActivityDetails {
  target?: ActivityTarget | null;
  result: ActivityResult;
  jobId?: string | null;
  /** Why it failed, as the caller was told. */
  reason?: string | null;
}

/** The caller's role no longer grants the write (changed since the request was authorized). */
export class AccessRevoked extends Error {
  constructor(readonly vaultName: string) {
    super(`Your role on ${vaultName} changed while the request ran.`);
  }
}

/**
 * Records the caller's write in progress, inside its transaction. The caller's role is read
 * again here under a share lock: a role removed after the request was authorized
 * stops the write instead of racing it.
 */
export async function recordActivity(tx: DbOrTx, details: ActivityDetails): Promise<void> {
  const scope = currentActivityScope();
  // Outside a caller's request (the job engine, the command line, tests of the data
  // layer) there is no caller to record; the request wrappers check that every
  // request's write did record.
  if (!scope) return;
  const { vault, actor, permission } = scope;
  if (permission && vault && actor.userId) {
    const rows = await tx.$queryRaw<{ role: string }[]>`
      SELECT "role"::text AS role FROM "RoleAssignment" WHERE "vaultId" = ${vault.id} AND "userId" = ${actor.userId} FOR SHARE`;
    if (!roleCan(rows[0]?.role as never, permission)) throw new AccessRevoked(vault.name);
  }
  await appendActivity(tx, scope, details);
  scope.recorded = true;
}

export interface ActivityOrigin {
  actor: Actor;
  vault: { id: string; name: string } | null;
  operation: Operation;
  correlationId: string;
}

/** Appends one entry as given: for the wrapper's refusals, sign-in, and the job engine. */
export async function appendActivity(db: DbOrTx, origin: ActivityOrigin | ActivityScope, details: ActivityDetails): Promise<void> {
  await db.activityLogEntry.create({
    data: {
      vaultId: origin.vault?.id ?? null,
      vaultName: origin.vault?.name ?? null,
      userId: origin.actor.userId,
      callerName: origin.actor.name,
      tokenName: origin.actor.tokenName ?? null,
      clientAddress: origin.actor.clientAddress ?? null,
      operation: origin.operation,
      targetType: details.target?.type ?? null,
      targetId: details.target?.id ?? null,
      targetName: details.target?.name ?? null,
      result: details.result,
      reason: details.reason ?? null,
      correlationId: origin.correlationId,
      jobId: details.jobId ?? null,
    },
  });
}

export function newCorrelationId(): string {
  return randomUUID();
}

/**
 * When a job ends, the operation that started it gets its outcome: an entry with the
 * same operation, caller and correlation id as the latest Started entry of that job.
 * Jobs nobody started through the portal (seeded history) have none and get none.
 */
export async function recordJobOutcome(tx: DbOrTx, jobId: string, result: 'Succeeded' | 'Failed', reason: string | null): Promise<void> {
  const started = await tx.activityLogEntry.findFirst({
    where: { jobId, result: 'Started' },
    orderBy: [{ time: 'desc' }, { id: 'desc' }],
  });
  if (!started) return;
  await tx.activityLogEntry.create({
    data: {
      vaultId: started.vaultId,
      vaultName: started.vaultName,
      userId: started.userId,
      callerName: started.callerName,
      tokenName: started.tokenName,
      clientAddress: null,
      operation: started.operation,
      targetType: started.targetType,
      targetId: started.targetId,
      targetName: started.targetName,
      result,
      reason,
      correlationId: started.correlationId,
      jobId,
    },
  });
}
