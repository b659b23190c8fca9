import { beforeAll, describe, expect, it } from 'vitest';
import { createTestCaller } from '../../test/access';
import { setUpRouteDatabase } from '../../test/route-database';
import { runRecordedWrite } from '../access/recorded-write';
import type { VaultGrant } from '../access/authorize';
import { submitReprotect } from './reprotect';
import { createMasterTarget, createReplicatedItem, createTestVault, type TestMasterTarget, type TestVault } from './seed/factories';

// Submissions that arrive together are decided in one turn (docs/reprotect-rules.md,
// "Submissions that arrive together"): each still names its own caller, on its job and in
// the activity log, and a caller whose role went away is refused without holding back the rest.

// A refusal is recorded through the portal's own client, as in a request.
const route = setUpRouteDatabase();
const db = () => route.current().db;
let vault: TestVault;
let mt: TestMasterTarget;

beforeAll(async () => {
  vault = await createTestVault(db());
  mt = await createMasterTarget(db(), vault);
});

async function operator(): Promise<VaultGrant> {
  const caller = await createTestCaller(db(), { vaultId: vault.vaultId, role: 'Operator' });
  const row = await db().vault.findUniqueOrThrow({ where: { id: vault.vaultId } });
  return {
    caller: { userId: caller.userId, name: caller.email, email: caller.email, tokenName: 'tests', clientAddress: null },
    vault: { ...row, expressRoutePeering: row.expressRoutePeering },
    role: 'Operator',
  };
}

function submitAs(grant: VaultGrant, itemId: string) {
  const input = {
    itemId,
    direction: 'AzureToOnPremises' as const,
    masterTargetId: mt.id,
    processServerId: vault.azureProcessServerId,
    datastoreId: vault.datastoreId,
    retentionVolumeId: mt.volumes.find((volume) => volume.volumeName === 'R:')!.id,
  };
  const target = { type: 'replicatedItem', id: itemId, name: itemId };
  return runRecordedWrite(grant, { permission: 'items.reprotect', operation: 'replicatedItem.reprotect', target }, () => submitReprotect(vault.vaultId, input, db()));
}

describe('reprotects sent at once', () => {
  it('each names its own caller on its job and in the activity log; a second one for the same item is the conflict', async () => {
    const [ann, bob] = [await operator(), await operator()];
    const [opening, first, second] = [await createReplicatedItem(db(), vault), await createReplicatedItem(db(), vault), await createReplicatedItem(db(), vault)];
    // The first is decided alone at once; the three sent with it wait and share the next turn.
    const results = await Promise.all([submitAs(bob, opening.id), submitAs(ann, first.id), submitAs(bob, second.id), submitAs(bob, first.id)]);

    expect(results.map((result) => (result.ok ? 'ok' : result.error.kind))).toEqual(['ok', 'ok', 'ok', 'conflict']);
    const startedBy = async (itemId: string) => (await db().job.findMany({ where: { replicatedItemId: itemId }, select: { startedBy: true } })).map((job) => job.startedBy);
    expect(await startedBy(first.id)).toEqual([`${ann.caller.email} (token tests)`]);
    expect(await startedBy(second.id)).toEqual([`${bob.caller.email} (token tests)`]);
    const entries = await db().activityLogEntry.findMany({ where: { targetId: { in: [first.id, second.id] } }, select: { userId: true, targetId: true, result: true } });
    expect(entries).toHaveLength(3);
    expect(entries).toEqual(
      expect.arrayContaining([
        { userId: ann.caller.userId, targetId: first.id, result: 'Started' },
        { userId: bob.caller.userId, targetId: second.id, result: 'Started' },
        { userId: bob.caller.userId, targetId: first.id, result: 'Failed' },
      ]),
    );
  });

  it('a caller whose role was removed after the check is refused and writes nothing; the others go ahead', async () => {
    const [kept, removed] = [await operator(), await operator()];
    const [mine, theirs] = [await createReplicatedItem(db(), vault), await createReplicatedItem(db(), vault)];
    await db().roleAssignment.deleteMany({ where: { userId: removed.caller.userId } });

    const [accepted, refused] = await Promise.all([submitAs(kept, mine.id), submitAs(removed, theirs.id)]);

    expect(accepted.ok).toBe(true);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'forbidden', message: `Your role on ${vault.vaultName} changed while the request ran.` } });
    expect(await db().job.count({ where: { replicatedItemId: theirs.id } })).toBe(0);
    expect((await db().replicatedItem.findUniqueOrThrow({ where: { id: theirs.id } })).protectionState).toBe(theirs.protectionState);
    expect(await db().activityLogEntry.count({ where: { userId: removed.caller.userId, targetId: theirs.id } })).toBe(0);
    expect(await db().job.count({ where: { replicatedItemId: mine.id, state: 'NotStarted' } })).toBe(1);
  });
});
