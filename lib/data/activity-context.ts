import { AsyncLocalStorage } from 'node:async_hooks';
import type { Operation } from '../domain/access/operations';
import type { Permission } from '../domain/access/roles';

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

/** Who a job created now is started by: the caller of the write in progress, if any. */
export function jobStarter(): { startedById: string | null; startedByName: string | null } {
  const actor = storage.getStore()?.actor;
  if (!actor) return { startedById: null, startedByName: null };
  return { startedById: actor.userId, startedByName: actor.tokenName ? `${actor.name} (token ${actor.tokenName})` : actor.name };
}
