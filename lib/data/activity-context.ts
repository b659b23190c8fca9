import { AsyncLocalStorage } from 'node:async_hooks';
import type { Operation } from '../domain/access/operations';
import type { Permission } from '../domain/access/roles';
import type { AttemptStarter } from '../domain/jobs/job-attempts';

// The caller of the write in progress, set once by the wrapper that authorized it
// (lib/access) and read where the write happens: the activity entry and the job's
// "started by" are written in the same transaction as the change itself.

export interface Actor {
  /** Null for the portal itself (the job engine, the first start). */
  userId: string | null;
  name: string;
  /** Set when the call came with an API token. */
  tokenName?: string | null;
  clientAddress?: string | null;
}

export interface ActivityScope {
  actor: Actor;
  vault: { id: string; name: string } | null;
  operation: Operation;
  /** What the caller's role had to grant; re-checked inside the write's transaction. */
  permission: Permission | null;
  correlationId: string;
  /** Set once the write has recorded its entry. */
  recorded: boolean;
}

export const PORTAL_ACTOR: Actor = { userId: null, name: 'Vault Portal' };

const storage = new AsyncLocalStorage<ActivityScope>();

export function withActivityScope<T>(scope: ActivityScope, run: () => Promise<T>): Promise<T> {
  return storage.run(scope, run);
}

export function currentActivityScope(): ActivityScope | undefined {
  return storage.getStore();
}

/** Runs `run` outside any caller's scope: work done for several callers names each of them itself. */
export function withoutActivityScope<T>(run: () => T): T {
  return storage.exit(run);
}

/** How the caller of the request in progress is named on what it starts: "ops@contoso.com (token nightly)". */
function actorLabel(actor: Actor): string {
  return actor.tokenName ? `${actor.name} (token ${actor.tokenName})` : actor.name;
}

/** Who starts a job's attempt now: the caller of the request in progress (or of `scope`), through the portal; nobody named outside a request. */
export function attemptStarter(scope: ActivityScope | undefined = storage.getStore()): AttemptStarter {
  const actor = scope?.actor;
  return { via: 'Portal', user: actor?.userId ? actorLabel(actor) : null };
}

/** The starter fields of a job created now, for the request in progress or the caller of `scope`. */
export function jobStarter(scope: ActivityScope | undefined = storage.getStore()): { startedVia: AttemptStarter['via']; startedBy: string | null } {
  const { via, user } = attemptStarter(scope);
  return { startedVia: via, startedBy: user };
}
