import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createBenchVault } from './bench-vault';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.stop();
});

describe('createBenchVault', () => {
  it('builds a large vault with varied, consistent rows', async () => {
    const db = database.db;
    const { vaultId, vaultName } = await createBenchVault(db, {
      items: 2000,
      jobs: 300,
      masterTargets: 9,
      volumesPerMasterTarget: 6,
    });
    expect((await db.vault.findUniqueOrThrow({ where: { id: vaultId } })).name).toBe(vaultName);
    expect(await db.replicatedItem.count({ where: { vaultId } })).toBe(2000);
    expect(await db.job.count({ where: { vaultId } })).toBe(300);
    expect(await db.masterTargetServer.count({ where: { vaultId } })).toBe(9);
    expect(await db.masterTargetVolume.count({ where: { masterTarget: { vaultId } } })).toBe(54);

    const states = await db.replicatedItem.groupBy({ by: ['protectionState'], where: { vaultId }, _count: true });
    expect(states.length).toBeGreaterThanOrEqual(4);
    const os = await db.replicatedItem.groupBy({ by: ['osType'], where: { vaultId }, _count: true });
    expect(os.map((o) => o.osType).sort()).toEqual(['Linux', 'Windows']);
    const names = await db.replicatedItem.findMany({ where: { vaultId }, select: { friendlyName: true }, take: 50 });
    expect(new Set(names.map((n) => n.friendlyName.split('-')[0])).size).toBeGreaterThan(5);

    // Reprotected items point at a master target of their own OS and its retention volume.
    const reprotected = await db.replicatedItem.findMany({
      where: { vaultId, protectionState: 'Protected', activeLocation: 'Recovery' },
      include: { masterTarget: true, retentionVolume: true },
    });
    expect(reprotected.length).toBeGreaterThan(0);
    for (const item of reprotected) {
      expect(item.masterTarget?.osType).toBe(item.osType);
      expect(item.retentionVolume?.masterTargetId).toBe(item.masterTargetId);
    }
    // Members of one replication group share their OS.
    const groups = await db.replicationGroup.findMany({ where: { vaultId }, include: { items: true } });
    expect(groups.some((g) => g.items.length > 1)).toBe(true);
    for (const g of groups) expect(new Set(g.items.map((i) => i.osType)).size).toBeLessThanOrEqual(1);

    const failed = await db.job.findMany({ where: { vaultId, state: 'Failed' }, include: { errors: true } });
    expect(failed.every((j) => j.scenarioName === 'ReverseReplication' && j.errors.length === 1)).toBe(true);
  });

  it('gives each bench vault its own name and the same shape for the same seed', async () => {
    const a = await createBenchVault(database.db, { items: 50, seed: 7 });
    const b = await createBenchVault(database.db, { items: 50, seed: 7 });
    expect(a.vaultName).not.toBe(b.vaultName);
    const names = async (vaultId: string) =>
      (await database.db.replicatedItem.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } })).map(
        (i) => `${i.friendlyName}|${i.osDistribution} ${i.osVersion}|${i.kernelVersion}|${i.protectionState}`,
      );
    expect(await names(a.vaultId)).toEqual(await names(b.vaultId));
    expect(await database.db.job.count({ where: { vaultId: a.vaultId } })).toBe(10);
  });
});
