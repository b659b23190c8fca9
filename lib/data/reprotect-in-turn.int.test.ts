import { beforeAll, describe, expect, it } from 'vitest';
import { createTestCaller } from '../../test/access';
import { setUpRouteDatabase } from '../../test/route-database';
import { runRecordedWrite } from '../access/recorded-write';
import type { VaultGrant } from '../access/authorize';
import { setTimeout as sleep } from 'node:timers/promises';
import { submitReprotect } from './reprotect';
import { expectReprotect } from './reprotect-in-turn';
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
    // Sent at once, the four are decided in one turn, callers mixed.
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

  it('a turn that fails as a whole is decided again one by one: only the submission at fault is refused', async () => {
    const grant = await operator();
    const [sound, clashing] = [await createReplicatedItem(db(), vault), await createReplicatedItem(db(), vault)];
    // A trigger turns the job of one item down as a unique key would, as a writer racing the turn could.
    await db().$executeRawUnsafe(`CREATE FUNCTION refuse_job_of_item() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."replicatedItemId" = '${clashing.id}' THEN RAISE EXCEPTION 'taken' USING ERRCODE = 'unique_violation'; END IF; RETURN NEW; END $$`);
    await db().$executeRawUnsafe('CREATE TRIGGER refuse_job_of_item BEFORE INSERT ON "Job" FOR EACH ROW EXECUTE FUNCTION refuse_job_of_item()');
    try {
      const [accepted, clashed] = await Promise.all([submitAs(grant, sound.id), submitAs(grant, clashing.id)]);
      expect(accepted.ok).toBe(true);
      expect(clashed).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringMatching(/started at the same moment/) } });
      expect(await db().job.count({ where: { replicatedItemId: clashing.id } })).toBe(0);
      expect((await db().replicatedItem.findUniqueOrThrow({ where: { id: clashing.id } })).protectionState).toBe(clashing.protectionState);
    } finally {
      await db().$executeRawUnsafe('DROP TRIGGER refuse_job_of_item ON "Job"');
      await db().$executeRawUnsafe('DROP FUNCTION refuse_job_of_item()');
    }
  });

  it('a submission announced on its way holds the turn until it arrives, so both are decided together', async () => {
    const grant = await operator();
    const [early, late] = [await createReplicatedItem(db(), vault), await createReplicatedItem(db(), vault)];
    const arrived = expectReprotect(vault.vaultId, db());
    const first = submitAs(grant, early.id);
    // Longer than a turn waits for a quiet moment, far shorter than it waits for an announced one.
    await sleep(50);
    arrived();
    const results = await Promise.all([first, submitAs(grant, late.id)]);

    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const jobs = await db().job.findMany({ where: { replicatedItemId: { in: [early.id, late.id] } }, orderBy: { createdAt: 'asc' } });
    // One turn queues its jobs a millisecond apart, in the order they arrived.
    expect(jobs.map((job) => job.replicatedItemId)).toEqual([early.id, late.id]);
    expect(jobs[1]!.createdAt.getTime() - jobs[0]!.createdAt.getTime()).toBe(1);
  });
});
