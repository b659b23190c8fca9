import { describe, expect, it } from 'vitest';
import { createReplicatedItem } from '../data/seed/factories';
import { tickRecoveryPoints } from './recovery-points';
import { db, setUpRunnerTestVault, testVault } from './runner-test-kit';

// The tick works through protected items in short transactions, so that many of them
// (every vault of a shared database) never hold the database for long.

setUpRunnerTestVault();

describe('the recovery point tick over many items', () => {
  it('takes every item’s points in batches, once, however many items replicate', async () => {
    const vault = testVault();
    const items = [];
    for (let n = 0; n < 123; n++) {
      items.push(await createReplicatedItem(db(), vault, { protectionState: 'Protected', activeLocation: 'Recovery', failbackPolicyId: vault.failbackPolicyId, rpoInSeconds: 30 }));
    }
    const start = new Date();
    // No point yet: the first tick takes one for each.
    expect(await tickRecoveryPoints(db(), { speed: 'instant', now: start })).toMatchObject({ added: items.length });
    // Instant speed: a point every 100 ms. 1 s later each item has ten more, and ticking again at that moment adds none.
    const later = new Date(start.getTime() + 1_000);
    expect(await tickRecoveryPoints(db(), { speed: 'instant', now: later })).toMatchObject({ added: items.length * 10 });
    expect(await tickRecoveryPoints(db(), { speed: 'instant', now: later })).toMatchObject({ added: 0 });
    const counts = await db().recoveryPoint.groupBy({ by: ['itemId'], where: { itemId: { in: items.map((item) => item.id) } }, _count: { _all: true } });
    expect(counts.map((row) => row._count._all)).toEqual(items.map(() => 11));
  });
});
