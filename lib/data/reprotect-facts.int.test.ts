import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { firstAcceptedChoices } from '../domain/reprotect/auto-choices';
import { evaluateReprotect } from '../domain/reprotect/evaluate';
import type { ReprotectSelection } from '../domain/reprotect/facts';
import { HOLDING_STATES, loadChosenReprotectFacts, loadChosenReprotectFactsForItems, loadVaultItemReprotectFacts } from './reprotect-facts';
import { seedDemoVault } from './seed/demo-vault';

// A submission judges its selection on the chosen rows only (docs/reprotect-rules.md): these
// tests hold it to the same verdict as the blade's whole fabric, over every VM of the demo
// vault, whose master targets, process servers and datastores each break a different rule.

let database: TestDatabase;
let vaultId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  vaultId = (await seedDemoVault(database.db)).vaultId;
});
afterAll(() => database.stop());

describe('loadChosenReprotectFacts', () => {
  it('reaches the verdict of the whole fabric for every VM and a spread of selections', async () => {
    const { db } = database;
    const items = await db.replicatedItem.findMany({ where: { vaultId }, select: { id: true }, orderBy: { friendlyName: 'asc' } });
    const [masterTargets, processServers, datastores] = await Promise.all([
      db.masterTargetServer.findMany({ where: { vaultId }, include: { volumes: true }, orderBy: { name: 'asc' } }),
      db.processServer.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } }),
      db.datastore.findMany({ where: { vcenter: { vaultId } }, orderBy: { symbolicName: 'asc' } }),
    ]);
    let judged = 0;
    let refused = 0;
    for (const [i, item] of items.entries()) {
      const whole = await loadVaultItemReprotectFacts(vaultId, item.id, db);
      if (!whole) throw new Error(`no facts for ${item.id}`);
      // The choices an operator going down the blade would make, where the rules accept any,
      // and three master targets turning through the vault, each with a process server, a
      // datastore and a retention volume that turn too: mostly choices the rules refuse.
      const accepted = firstAcceptedChoices(whole);
      const spread = [0, 5, 9].map((step): ReprotectSelection => {
        const mt = masterTargets[(i + step) % masterTargets.length]!;
        return {
          masterTargetId: mt.id,
          processServerId: processServers[(i + step) % processServers.length]!.id,
          datastoreId: datastores[(i + step) % datastores.length]!.id,
          retentionVolumeId: mt.volumes[(i + step) % Math.max(1, mt.volumes.length)]?.id,
        };
      });
      for (const selection of accepted ? [accepted, ...spread] : spread) {
        const chosen = await loadChosenReprotectFacts(vaultId, item.id, selection, db);
        expect(chosen?.masterTargets.map((row) => row.id)).toEqual([selection.masterTargetId]);
        const expected = evaluateReprotect(whole, selection);
        const actual = evaluateReprotect(chosen!, selection);
        expect({ item: item.id, blockers: actual.blockers, warnings: actual.warnings }).toEqual({ item: item.id, blockers: expected.blockers, warnings: expected.warnings });
        judged += 1;
        if (!expected.canSubmit) refused += 1;
      }
    }
    // The spread reaches both verdicts often enough to mean something.
    expect(judged).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(20);
    expect(judged - refused).toBeGreaterThan(0);
  });

  it('is null for an item of another vault, and an unknown choice is refused as with the whole fabric', async () => {
    const { db } = database;
    const item = await db.replicatedItem.findFirstOrThrow({ where: { vaultId, friendlyName: 'dc-01' }, select: { id: true } });
    expect(await loadChosenReprotectFacts('00000000-0000-4000-8000-000000000000', item.id, {}, db)).toBeNull();
    const selection = { masterTargetId: '00000000-0000-4000-8000-000000000001', processServerId: 'unknown' };
    const whole = await loadVaultItemReprotectFacts(vaultId, item.id, db);
    const chosen = await loadChosenReprotectFacts(vaultId, item.id, selection, db);
    const codes = (facts: NonNullable<typeof chosen>) => evaluateReprotect(facts, selection).blockers.map((reason) => reason.code);
    expect(codes(chosen!)).toEqual(codes(whole!));
    expect(codes(chosen!)).toContain('SELECTION_UNKNOWN');
  });

  it('gives items decided together the facts each gets with the whole fabric, disks held by the others included', async () => {
    const { db } = database;
    const items = await db.replicatedItem.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } });
    const masterTargets = await db.masterTargetServer.findMany({ where: { vaultId }, include: { volumes: true }, orderBy: { name: 'asc' } });
    // Every VM onto the master target that items of the vault already hold disks on, where there is one.
    const holding = items.filter((item) => item.masterTargetId && item.activeLocation === 'Recovery' && (HOLDING_STATES as readonly string[]).includes(item.protectionState));
    expect(holding.length).toBeGreaterThan(1);
    const held = holding[0]!.masterTargetId!;
    const selections = items.map((item, i) => ({ itemId: item.id, masterTargetId: i % 2 === 0 ? held : masterTargets[i % masterTargets.length]!.id }));
    const now = new Date();
    const together = await loadChosenReprotectFactsForItems(db, vaultId, selections, now);
    expect(together.size).toBe(items.length);
    for (const selection of selections) {
      const whole = await loadVaultItemReprotectFacts(vaultId, selection.itemId, db);
      const facts = together.get(selection.itemId)!;
      expect(facts.item).toEqual(whole!.item);
      expect(facts.masterTargets).toEqual(whole!.masterTargets.filter((mt) => mt.id === selection.masterTargetId));
    }
  });
});
