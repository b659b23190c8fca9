import type { Db } from '../lib/data/db';
import { isEmbeddedDatabase } from '../lib/data/maintenance';

export interface LockWaitWatcher {
  /**
   * Resolves once another session of this database is waiting for a row lock. On the
   * embedded database sessions take turns (one transaction at a time), so whatever was
   * started is queued behind the open transaction already, and this resolves at once.
   */
  untilAnotherSessionWaits(timeoutMs?: number): Promise<void>;
}

/** Make it before opening the transaction that holds the lock: on the embedded database no other query runs while it is open. */
export async function lockWaitWatcher(db: Db): Promise<LockWaitWatcher> {
  const embedded = await isEmbeddedDatabase(db);
  return {
    async untilAnotherSessionWaits(timeoutMs = 10_000) {
      if (embedded) return;
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [row] = await db.$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        if ((row?.waiting ?? 0) > 0) return;
        if (Date.now() > deadline) throw new Error('No session started waiting for a lock.');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}
