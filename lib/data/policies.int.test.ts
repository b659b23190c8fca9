import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { lockWaitWatcher } from '../../test/lock-waits';
import { refusedUnchanged as refusedWithoutWrites } from '../../test/refused-unchanged';
import { FAILBACK_POLICY_VALUES } from '../domain/reprotect/constants';
import type { ForwardPolicyInput } from '../schemas/policies';
import { labSnapshot } from './lab-test-snapshot';
import { createForwardPolicy, deletePolicy, listPolicies, updatePolicy } from './policies';
import { createReplicatedItem, createTestVault, type TestVault } from './seed/factories';

let database: TestDatabase;
let vault: TestVault;
const db = () => database.db;
let counter = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  vault = await createTestVault(db());
});
afterAll(async () => {
  await database?.stop();
});

function aPolicy(overrides: Partial<ForwardPolicyInput> = {}): ForwardPolicyInput {
  counter += 1;
  return {
    friendlyName: `policy-test-${counter}`,
    recoveryPointThresholdInMinutes: 60,
    recoveryPointHistoryInMinutes: 72 * 60,
    appConsistentFrequencyInMinutes: 240,
    multiVmSyncStatus: true,
    ...overrides,
  };
}

async function created(overrides: Partial<ForwardPolicyInput> = {}) {
  const result = await createForwardPolicy(vault.vaultId, aPolicy(overrides), db());
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

const refusedUnchanged = (run: () => Promise<{ ok: boolean }>) => refusedWithoutWrites(db(), vault.vaultId, run);

describe('create a forward policy', () => {
  it('creates its failback policy with it: 15 min RPO, 24 h retention, 60 min app-consistent, associated with the CS', async () => {
    const input = aPolicy();
    const result = await createForwardPolicy(vault.vaultId, input, db());
    expect(result.ok).toBe(true);
    const rows = await listPolicies(vault.vaultId, db());
    const forward = rows.find((p) => p.friendlyName === input.friendlyName)!;
    const failback = rows.find((p) => p.friendlyName === `${input.friendlyName}-failback`)!;
    expect(forward).toMatchObject({ direction: 'Forward', recoveryPointHistoryInMinutes: 4320, failbackPolicy: { id: failback.id } });
    expect(failback).toMatchObject({
      direction: 'Failback',
      ...FAILBACK_POLICY_VALUES,
      forwardPolicy: { id: forward.id },
      configurationServer: { id: vault.configurationServerId },
    });
    expect(rows.indexOf(failback)).toBe(rows.indexOf(forward) + 1);
  });

  it.each([
    { name: 'an RPO threshold below 15 minutes', input: { recoveryPointThresholdInMinutes: 14 }, field: 'recoveryPointThresholdInMinutes' },
    { name: 'an RPO threshold above 240 minutes', input: { recoveryPointThresholdInMinutes: 241 }, field: 'recoveryPointThresholdInMinutes' },
    { name: 'a negative retention', input: { recoveryPointHistoryInMinutes: -1, appConsistentFrequencyInMinutes: 0 }, field: 'recoveryPointHistoryInMinutes' },
    { name: 'a retention above 21,600 minutes', input: { recoveryPointHistoryInMinutes: 21_601 }, field: 'recoveryPointHistoryInMinutes' },
    { name: 'an app-consistent frequency above 720 minutes', input: { appConsistentFrequencyInMinutes: 721 }, field: 'appConsistentFrequencyInMinutes' },
    {
      name: 'an app-consistent frequency longer than the retention',
      input: { recoveryPointHistoryInMinutes: 60, appConsistentFrequencyInMinutes: 120 },
      field: 'appConsistentFrequencyInMinutes',
    },
    { name: 'fractional minutes', input: { recoveryPointThresholdInMinutes: 30.5 }, field: 'recoveryPointThresholdInMinutes' },
    { name: 'an empty name', input: { friendlyName: '  ' }, field: 'friendlyName' },
  ])('refuses $name and writes nothing', async ({ input, field }) => {
    const result = await refusedUnchanged(() => createForwardPolicy(vault.vaultId, aPolicy(input), db()));
    expect(result.error.fieldErrors[field]).toBeTruthy();
  });

  it('accepts the bounds themselves', async () => {
    await created({ recoveryPointThresholdInMinutes: 15, recoveryPointHistoryInMinutes: 0, appConsistentFrequencyInMinutes: 0 });
    await created({ recoveryPointThresholdInMinutes: 240, recoveryPointHistoryInMinutes: 21_600, appConsistentFrequencyInMinutes: 720 });
  });

  it('refuses a name taken by a policy or by the failback policy it would create', async () => {
    const { forwardPolicyId } = await created({ friendlyName: 'gold' });
    expect(forwardPolicyId).toBeTruthy();
    const same = await refusedUnchanged(() => createForwardPolicy(vault.vaultId, aPolicy({ friendlyName: 'GOLD' }), db()));
    expect(same.error).toMatchObject({ kind: 'conflict', fieldErrors: { friendlyName: expect.stringMatching(/already exists/) } });
    // "gold-failback" exists, so a forward policy of that name is refused, and so is one whose failback would be it.
    const clash = await refusedUnchanged(() => createForwardPolicy(vault.vaultId, aPolicy({ friendlyName: 'gold-failback' }), db()));
    expect(clash.error.kind).toBe('conflict');
  });
});

describe('edit and delete', () => {
  it('a forward policy is edited within the ranges', async () => {
    const { forwardPolicyId } = await created();
    const result = await updatePolicy(vault.vaultId, forwardPolicyId, { recoveryPointThresholdInMinutes: 30, multiVmSyncStatus: false }, db());
    expect(result).toMatchObject({ ok: true, data: { recoveryPointThresholdInMinutes: 30, multiVmSyncStatus: false } });
  });

  it.each([
    { name: 'out of range', patch: { recoveryPointThresholdInMinutes: 500 }, field: 'recoveryPointThresholdInMinutes' },
    { name: 'a retention shorter than the app-consistent frequency', patch: { recoveryPointHistoryInMinutes: 60 }, field: 'appConsistentFrequencyInMinutes' },
    { name: 'its name or direction', patch: { direction: 'Failback' }, field: 'form' },
  ])('a forward policy edit is refused: $name', async ({ patch, field }) => {
    const { forwardPolicyId } = await created();
    const result = await refusedUnchanged(() => updatePolicy(vault.vaultId, forwardPolicyId, patch, db()));
    expect(result.error.kind).toBe('invalid');
    expect(result.error.fieldErrors[field]).toBeTruthy();
  });

  it.each([
    { name: 'a valid change', patch: { recoveryPointThresholdInMinutes: 30 } },
    { name: 'its own values', patch: { ...FAILBACK_POLICY_VALUES } },
    { name: 'an empty change', patch: {} },
    { name: 'nonsense', patch: 'drop table' },
  ])('a failback policy edit is refused whatever it holds: $name', async ({ patch }) => {
    const { failbackPolicyId } = await created();
    const result = await refusedUnchanged(() => updatePolicy(vault.vaultId, failbackPolicyId, patch, db()));
    expect(result.error).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/failback policy is not editable/) });
  });

  it('a failback policy cannot be deleted', async () => {
    const { failbackPolicyId } = await created();
    const result = await refusedUnchanged(() => deletePolicy(vault.vaultId, failbackPolicyId, db()));
    expect(result.error).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/removed together with its forward policy/) });
  });

  it('deleting an unused forward policy removes its failback policy too', async () => {
    const { forwardPolicyId, failbackPolicyId } = await created();
    expect((await deletePolicy(vault.vaultId, forwardPolicyId, db())).ok).toBe(true);
    expect(await db().replicationPolicy.count({ where: { id: { in: [forwardPolicyId, failbackPolicyId] } } })).toBe(0);
  });

  it('a forward policy in use by a replicated item is not deleted', async () => {
    const { forwardPolicyId } = await created();
    await createReplicatedItem(db(), vault, { forwardPolicyId });
    const result = await refusedUnchanged(() => deletePolicy(vault.vaultId, forwardPolicyId, db()));
    expect(result.error.message).toMatch(/used by 1 replicated item/);
  });

  it('counts each item once, though a reprotected item uses both the policy and its failback policy', async () => {
    const { forwardPolicyId, failbackPolicyId } = await created();
    await createReplicatedItem(db(), vault, { forwardPolicyId });
    await createReplicatedItem(db(), vault, { forwardPolicyId, failbackPolicyId, protectionState: 'Protected' });
    await createReplicatedItem(db(), vault, { forwardPolicyId, failbackPolicyId, protectionState: 'ReprotectInProgress' });
    const result = await refusedUnchanged(() => deletePolicy(vault.vaultId, forwardPolicyId, db()));
    expect(result.error).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/is used by 3 replicated items;/) });
  });

  it('a VM that starts using the policy while it is being deleted is seen by the check: the delete is refused, not failed', async () => {
    const { forwardPolicyId, failbackPolicyId } = await created();
    const locks = await lockWaitWatcher(db());
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inserted = new Promise<void>((resolve) => (started = resolve));
    // Protecting a VM with the policy, not committed yet when the delete arrives.
    const protecting = db().$transaction(async (tx) => {
      await createReplicatedItem(tx, vault, { forwardPolicyId });
      started();
      await released;
    });
    await inserted;
    const deleting = deletePolicy(vault.vaultId, forwardPolicyId, db());
    await locks.untilAnotherSessionWaits();
    release();
    await protecting;
    const result = await deleting;
    expect(result).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringMatching(/used by 1 replicated item;/) } });
    expect(await db().replicationPolicy.count({ where: { id: { in: [forwardPolicyId, failbackPolicyId] } } })).toBe(2);
  });

  it('two edits of different fields at the same moment both stay', async () => {
    const { forwardPolicyId } = await created();
    const [first, second] = await Promise.all([
      updatePolicy(vault.vaultId, forwardPolicyId, { recoveryPointThresholdInMinutes: 30 }, db()),
      updatePolicy(vault.vaultId, forwardPolicyId, { appConsistentFrequencyInMinutes: 120 }, db()),
    ]);
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(await db().replicationPolicy.findUniqueOrThrow({ where: { id: forwardPolicyId } })).toMatchObject({
      recoveryPointThresholdInMinutes: 30,
      appConsistentFrequencyInMinutes: 120,
    });
  });

  it('two operators creating policies of one name at the same moment: one is created, the other is told the name is taken', async () => {
    const input = aPolicy();
    const results = await Promise.all([createForwardPolicy(vault.vaultId, input, db()), createForwardPolicy(vault.vaultId, input, db())]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.find((result) => !result.ok);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', fieldErrors: { friendlyName: expect.stringContaining(input.friendlyName) } } });
    expect(await db().replicationPolicy.count({ where: { vaultId: vault.vaultId, friendlyName: { startsWith: input.friendlyName } } })).toBe(2);
  });
});

describe('the database refuses to change a failback policy, whatever the code path', () => {
  it('a Prisma update past the data layer', async () => {
    const { failbackPolicyId } = await created();
    await expect(db().replicationPolicy.update({ where: { id: failbackPolicyId }, data: { recoveryPointThresholdInMinutes: 30 } })).rejects.toThrow(
      /is not editable/,
    );
  });

  it('raw SQL UPDATE and DELETE, and turning a forward policy into a failback one', async () => {
    const { forwardPolicyId, failbackPolicyId } = await created();
    const before = await labSnapshot(db(), vault.vaultId);
    await expect(db().$executeRaw`UPDATE "ReplicationPolicy" SET "recoveryPointHistoryInMinutes" = 60 WHERE id = ${failbackPolicyId}`).rejects.toThrow(
      /is not editable/,
    );
    await expect(db().$executeRaw`DELETE FROM "ReplicationPolicy" WHERE id = ${failbackPolicyId}`).rejects.toThrow(/cannot be deleted on its own/);
    await expect(db().$executeRaw`UPDATE "ReplicationPolicy" SET "direction" = 'Failback' WHERE id = ${forwardPolicyId}`).rejects.toThrow(/not editable/);
    expect(await labSnapshot(db(), vault.vaultId)).toBe(before);
  });

  it('a failback policy inserted with other values', async () => {
    const { forwardPolicyId } = await created();
    await expect(
      db().replicationPolicy.create({
        data: {
          vaultId: vault.vaultId,
          configurationServerId: vault.configurationServerId,
          friendlyName: 'rogue-failback',
          direction: 'Failback',
          ...FAILBACK_POLICY_VALUES,
          recoveryPointThresholdInMinutes: 30,
          forwardPolicyId,
        },
      }),
    ).rejects.toThrow(/fixed values/);
  });

  it('deleting the vault still removes its policies', async () => {
    const doomed = await createTestVault(db());
    await db().vault.delete({ where: { id: doomed.vaultId } });
    expect(await db().replicationPolicy.count({ where: { vaultId: doomed.vaultId } })).toBe(0);
  });
});
