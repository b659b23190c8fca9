import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './database';
import { watchRowChanges, type ChangeWatch } from './database-changes';
import { createTestCaller } from './access';
import { seedDemoVaultCopy } from '../lib/data/seed/demo-vault';

// The fuzz suite's proof that a refusal wrote nothing is only as good as this watch.

let database: TestDatabase;
let changes: ChangeWatch;
let vaultId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  vaultId = await seedDemoVaultCopy(database.db, 'watched-vault');
  changes = await watchRowChanges(database.db);
}, 120_000);

afterAll(async () => {
  await database?.stop();
});

describe('the row change watch', () => {
  it('notes every committed write with its table and operation', async () => {
    const { db } = database;
    await db.replicatedItem.updateMany({ where: { vaultId, friendlyName: 'dc-02' }, data: { replicationHealth: 'Critical' } });
    const policy = await db.replicationPolicy.findFirstOrThrow({ where: { vaultId, direction: 'Forward' } });
    await db.replicationPolicy.update({ where: { id: policy.id }, data: { recoveryPointThresholdInMinutes: 45 } });
    expect(await changes.changesSinceLastCall()).toEqual(['ReplicatedItem UPDATE', 'ReplicationPolicy UPDATE']);
    expect(await changes.changesSinceLastCall()).toEqual([]);
  });

  it('notes nothing for a write that was rolled back', async () => {
    const { db } = database;
    await expect(
      db.$transaction(async (tx) => {
        await tx.replicatedItem.updateMany({ where: { vaultId }, data: { replicationHealth: 'Warning' } });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await changes.changesSinceLastCall()).toEqual([]);
  });

  it("leaves out a token's last use and the Failed entry of a refused write, but not a Succeeded one", async () => {
    const { db } = database;
    const caller = await createTestCaller(db);
    await changes.changesSinceLastCall();
    const token = await db.apiToken.findFirstOrThrow({ where: { userId: caller.userId } });
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
    const entry = { operation: 'policy.update', callerName: caller.email, correlationId: 'c-1' };
    await db.activityLogEntry.create({ data: { ...entry, result: 'Failed', reason: 'refused' } });
    expect(await changes.changesSinceLastCall()).toEqual([]);
    await db.activityLogEntry.create({ data: { ...entry, result: 'Succeeded' } });
    await db.apiToken.update({ where: { id: token.id }, data: { name: 'renamed' } });
    expect(await changes.changesSinceLastCall()).toEqual(['ActivityLogEntry INSERT', 'ApiToken UPDATE']);
  });
});
