import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { createRunner } from '../jobs/runner';
import { isEmbeddedDatabase } from './maintenance';
import { createMasterTarget, createTestVault } from './seed/factories';

// Only the embedded database lacks autovacuum. A PostgreSQL server, perhaps shared with
// other applications, is left to its own: no runner vacuums it.

let database: TestDatabase;
const db = () => database.db;
const onServer = Boolean(process.env.TEST_POSTGRES_URL);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.stop());

async function tablesVacuumedByHand(): Promise<number> {
  const [row] = await db().$queryRaw<{ tables: number }[]>`SELECT count(*)::int AS tables FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL`;
  return row?.tables ?? 0;
}

describe('routine maintenance', () => {
  it('tells the embedded database from a server by asking the server', async () => {
    expect(await isEmbeddedDatabase(db())).toBe(!onServer);
  });

  it(`a runner's site tick ${onServer ? 'leaves a PostgreSQL server to its autovacuum' : 'refreshes the embedded database\'s statistics'}`, async () => {
    const vault = await createTestVault(db());
    const mt = await createMasterTarget(db(), vault, { lastHeartbeat: new Date(Date.now() - 3_600_000) });
    expect(await tablesVacuumedByHand()).toBe(0);
    const runner = createRunner({ db: db(), speed: 'instant', concurrency: 1, recoveryPoints: false, siteHeartbeats: true, log: () => undefined });
    runner.start();
    try {
      // The first site tick refreshes the heartbeats, then runs the maintenance.
      await expect.poll(async () => (await db().masterTargetServer.findUniqueOrThrow({ where: { id: mt.id } })).lastHeartbeat > mt.lastHeartbeat, { timeout: 20_000 }).toBe(true);
    } finally {
      // stop() waits for the tick under way, maintenance included.
      await runner.stop();
    }
    if (onServer) expect(await tablesVacuumedByHand()).toBe(0);
    else expect(await tablesVacuumedByHand()).toBeGreaterThan(0);
  });
});
