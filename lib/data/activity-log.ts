import 'server-only';
import { randomUUID } from 'node:crypto';
import { roleCan } from '../domain/access/roles';
import type { ActivityResult, Operation } from '../domain/access/operations';
import { currentActivityScope, type ActivityScope, type Actor } from './activity-context';
import { insertRows } from './insert-rows';
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
  if ((await revokedScopes(tx, [scope])).size > 0) throw new AccessRevoked(scope.vault!.name);
  await appendActivity(tx, scope, details);
  scope.recorded = true;
}

/**
 * Of the callers' writes in progress, those whose role on their vault no longer grants
 * them, read in one statement under a share lock on the callers' role assignments.
 */
export async function revokedScopes(tx: DbOrTx, scopes: ReadonlyArray<ActivityScope | undefined>): Promise<Set<ActivityScope>> {
  const checked = scopes.filter((scope): scope is ActivityScope & { vault: object; permission: string } => Boolean(scope?.permission && scope.vault && scope.actor.userId));
  if (checked.length === 0) return new Set();
  const vaultIds = [...new Set(checked.map((scope) => scope.vault.id))];
  const userIds = [...new Set(checked.map((scope) => scope.actor.userId!))];
  const rows = await tx.$queryRaw<{ vaultId: string; userId: string; role: string }[]>`
    SELECT "vaultId", "userId", "role"::text AS role FROM "RoleAssignment"
    WHERE "vaultId" = ANY(${vaultIds}) AND "userId" = ANY(${userIds}) ORDER BY "vaultId", "userId" FOR SHARE`;
  const roles = new Map(rows.map((row) => [`${row.vaultId}/${row.userId}`, row.role]));
  return new Set(checked.filter((scope) => !roleCan(roles.get(`${scope.vault.id}/${scope.actor.userId}`) as never, scope.permission)));
}

export interface ActivityOrigin {
  actor: Actor;
  vault: { id: string; name: string } | null;
  operation: Operation;
  correlationId: string;
}

/** Appends one entry as given: for the wrapper's refusals, sign-in, and the job engine. */
export async function appendActivity(db: DbOrTx, origin: ActivityOrigin | ActivityScope, details: ActivityDetails): Promise<void> {
  await appendActivities(db, [{ origin, details }]);
}

const ENTRY_COLUMNS = [
  'id', 'time', 'vaultId', 'vaultName', 'userId', 'callerName', 'tokenName', 'clientAddress',
  'operation', 'targetType', 'targetId', 'targetName', 'result', 'reason', 'correlationId',
  'jobId',
] as const;

/** Appends entries as given, in one statement: the writes of submissions decided together. */
export async function appendActivities(db: DbOrTx, entries: ReadonlyArray<{ origin: ActivityOrigin | ActivityScope; details: ActivityDetails }>): Promise<void> {
  const time = new Date();
  const rows = entries.map(({ origin, details }) => ({
    id: randomUUID(),
    time,
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
  }));
  await insertRows(db, 'ActivityLogEntry', ENTRY_COLUMNS, rows);
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
