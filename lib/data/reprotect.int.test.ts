import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { submitReprotect, validateReprotect } from './reprotect';
import { createMasterTarget, createReplicatedItem, createTestVault, type TestVault } from './seed/factories';

let database: TestDatabase;
let vault: TestVault;

beforeAll(async () => {
  database = await createTestDatabase();
  vault = await createTestVault(database.db);
});
afterAll(() => database.stop());

async function windowsSetup() {
  const { db } = database;
  const mt = await createMasterTarget(db, vault);
  const item = await createReplicatedItem(db, vault);
  const retention = mt.volumes.find((v) => v.volumeName === 'R:');
  return {
    mt,
    item,
    input: {
      itemId: item.id,
      direction: 'AzureToOnPremises' as const,
      masterTargetId: mt.id,
      processServerId: vault.azureProcessServerId,
      datastoreId: vault.datastoreId,
      retentionVolumeId: retention?.id ?? '',
    },
  };
}

async function snapshot(itemId: string) {
  const { db } = database;
  const [item, jobs] = await Promise.all([
    db.replicatedItem.findUniqueOrThrow({ where: { id: itemId } }),
    db.job.count({ where: { replicatedItemId: itemId } }),
  ]);
  return { state: item.protectionState, masterTargetId: item.masterTargetId, updatedAt: item.updatedAt, jobs };
}

describe('submitReprotect', () => {
  it('queues a Reprotect job with its tasks and marks the item in progress, in one go', async () => {
    const { input, item } = await windowsSetup();
    const result = await submitReprotect(vault.vaultId, input, database.db);
    expect(result).toEqual({ ok: true, data: { jobId: expect.any(String) } });
    if (!result.ok) return;
    const job = await database.db.job.findUniqueOrThrow({ where: { id: result.data.jobId }, include: { tasks: true } });
    expect(job).toMatchObject({ state: 'NotStarted', friendlyName: 'Reprotect', replicatedItemId: item.id });
    expect(job.tasks.map((t) => t.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(job.payload).toMatchObject({ masterTargetId: input.masterTargetId, previousProtectionState: 'UnplannedFailoverCommitted', failbackPolicyId: vault.failbackPolicyId });
    const after = await database.db.replicatedItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after).toMatchObject({ protectionState: 'ReprotectInProgress', masterTargetId: input.masterTargetId, failbackPolicyId: vault.failbackPolicyId });
  });

  it('refuses invalid input with field errors and writes nothing', async () => {
    const { input, item } = await windowsSetup();
    const before = await snapshot(item.id);
    const result = await submitReprotect(vault.vaultId, { ...input, retentionVolumeId: '', direction: 'OnPremisesToAzure' }, database.db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid');
    expect(result.error.fieldErrors).toMatchObject({ retentionVolumeId: 'Select a retention drive.', direction: expect.stringContaining('Azure to on-premises') });
    expect(await snapshot(item.id)).toEqual(before);
  });

  it('re-checks the rules on the server: a master target changed since the blade opened is refused, nothing written', async () => {
    const { input, item, mt } = await windowsSetup();
    await database.db.masterTargetServer.update({ where: { id: mt.id }, data: { storageVMotioned: true } });
    const before = await snapshot(item.id);
    const result = await submitReprotect(vault.vaultId, input, database.db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('refused');
    expect(result.error.fieldErrors.masterTargetId).toMatch(/storage vMotioned/);
    expect(result.error.reasons.map((r) => r.code)).toContain('MT_STORAGE_VMOTIONED');
    expect(await snapshot(item.id)).toEqual(before);
  });

  it('refuses a Linux VM sent to a Windows master target', async () => {
    const { input } = await windowsSetup();
    const linux = await createReplicatedItem(database.db, vault, { osType: 'Linux' });
    const result = await submitReprotect(vault.vaultId, { ...input, itemId: linux.id }, database.db);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reasons.map((r) => r.code)).toContain('MT_OS_MISMATCH');
  });

  it('a second reprotect of an item already in progress is a conflict and creates nothing', async () => {
    const { input, item } = await windowsSetup();
    const first = await submitReprotect(vault.vaultId, input, database.db);
    expect(first.ok).toBe(true);
    const before = await snapshot(item.id);
    const second = await submitReprotect(vault.vaultId, input, database.db);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.kind).toBe('conflict');
    expect(await snapshot(item.id)).toEqual(before);
  });

  it('of many operators pressing OK at the same moment, exactly one starts a job', async () => {
    const { input, item } = await windowsSetup();
    const results = await Promise.all(Array.from({ length: 8 }, () => submitReprotect(vault.vaultId, input, database.db)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const failures = results.filter((r) => !r.ok);
    expect(failures).toHaveLength(7);
    for (const failed of failures) if (!failed.ok) expect(failed.error.kind).toBe('conflict');
    expect(await database.db.job.count({ where: { replicatedItemId: item.id } })).toBe(1);
  });

  it('reports an unknown item as not found', async () => {
    const { input } = await windowsSetup();
    const result = await submitReprotect(vault.vaultId, { ...input, itemId: '00000000-0000-0000-0000-000000000000' }, database.db);
    expect(result.ok ? 'ok' : result.error.kind).toBe('not-found');
  });
});

describe('validateReprotect (dry run)', () => {
  it('lists what would block and starts nothing', async () => {
    const { input, item, mt } = await windowsSetup();
    await database.db.masterTargetServer.update({ where: { id: mt.id }, data: { snapshotCount: 1 } });
    const before = await snapshot(item.id);
    const result = await validateReprotect(vault.vaultId, { ...input, retentionVolumeId: undefined }, database.db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.canSubmit).toBe(false);
    expect(result.data.blockers.map((r) => r.code)).toEqual(expect.arrayContaining(['MT_HAS_SNAPSHOTS', 'SELECTION_REQUIRED']));
    expect(await snapshot(item.id)).toEqual(before);
  });

  it('passes a valid selection and warns about an on-premises process server over a VPN only', async () => {
    const { input } = await windowsSetup();
    const result = await validateReprotect(vault.vaultId, { ...input, processServerId: vault.onPremProcessServerId }, database.db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.canSubmit).toBe(true);
    expect(result.data.warnings.map((r) => r.code)).toEqual(['PS_ON_PREMISES_OVER_VPN']);
  });
});
