import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { createMasterTarget, createTestVault } from '../data/seed/factories';
import { tickHeartbeats } from './site-heartbeats';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.stop());

it('refreshes the heartbeat of running agents only', async () => {
  const { db } = database;
  const vault = await createTestVault(db);
  const old = new Date('2026-01-01T00:00:00Z');
  const running = await createMasterTarget(db, vault, { lastHeartbeat: old });
  const stopped = await createMasterTarget(db, vault, { lastHeartbeat: old, agentResponding: false });
  await db.processServer.update({ where: { id: vault.azureProcessServerId }, data: { lastHeartbeat: old, canReachConfigurationServer: false } });
  const now = new Date('2026-06-01T00:00:00Z');
  await tickHeartbeats(db, now);
  const heartbeat = async (id: string) => (await db.masterTargetServer.findUniqueOrThrow({ where: { id } })).lastHeartbeat;
  expect(await heartbeat(running.id)).toEqual(now);
  expect(await heartbeat(stopped.id)).toEqual(old);
  expect((await db.processServer.findUniqueOrThrow({ where: { id: vault.azureProcessServerId } })).lastHeartbeat).toEqual(old);
  expect((await db.processServer.findUniqueOrThrow({ where: { id: vault.onPremProcessServerId } })).lastHeartbeat).toEqual(now);
});
