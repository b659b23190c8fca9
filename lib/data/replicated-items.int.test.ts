import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import type { ReplicatedItemsQuery } from '../schemas/replicated-items';
import { DEFAULT_REPLICATED_ITEMS_QUERY, REPLICATED_ITEM_SORT_FIELDS } from '../schemas/replicated-items-params';
import { refreshStatistics } from './maintenance';
import { listReplicatedItems } from './replicated-items';
import { createReplicatedItem, createTestVault, type TestVault } from './seed/factories';

let database: TestDatabase;
const db = () => database.db;
let vault: TestVault;
const names: string[] = [];

const query = (overrides: Partial<ReplicatedItemsQuery> = {}): ReplicatedItemsQuery => ({ ...DEFAULT_REPLICATED_ITEMS_QUERY, ...overrides });

beforeAll(async () => {
  database = await createTestDatabase();
  vault = await createTestVault(db());
  // 60 items over three pages, with many equal states, OS types, RPOs and failover times, so
  // that every order leans on its tie-break.
  for (let n = 0; n < 60; n += 1) {
    const name = `vm-${String(n).padStart(2, '0')}`;
    names.push(name);
    await createReplicatedItem(db(), vault, {
      friendlyName: name,
      osType: n % 3 === 0 ? 'Linux' : 'Windows',
      protectionState: n % 4 === 0 ? 'Protected' : 'UnplannedFailoverCommitted',
      replicationHealth: n % 5 === 0 ? 'Critical' : 'Normal',
      rpoInSeconds: n % 2 === 0 ? null : 30 * (n % 3),
      lastSuccessfulFailoverTime: n % 6 === 0 ? null : new Date(Date.UTC(2026, 10, 1 + (n % 4))),
    });
  }
  const other = await createTestVault(db());
  await createReplicatedItem(db(), other, { friendlyName: 'vm-00' });
  await refreshStatistics(db());
});
afterAll(() => database.stop());

async function allPages(overrides: Partial<ReplicatedItemsQuery>): Promise<string[]> {
  const listed: string[] = [];
  for (let page = 1; page <= 3; page += 1) {
    const result = await listReplicatedItems(vault.vaultId, query({ ...overrides, page }), db());
    listed.push(...result.items.map((item) => item.name));
  }
  return listed;
}

describe('listReplicatedItems', () => {
  it('pages the vault’s items by name, 25 to a page, with the total', async () => {
    const first = await listReplicatedItems(vault.vaultId, query(), db());
    expect(first).toMatchObject({ total: 60, page: 1, pageSize: 25 });
    expect(first.items.map((item) => item.name)).toEqual(names.slice(0, 25));
    const third = await listReplicatedItems(vault.vaultId, query({ page: 3 }), db());
    expect(third.items.map((item) => item.name)).toEqual(names.slice(50));
    const descending = await listReplicatedItems(vault.vaultId, query({ dir: 'desc' }), db());
    expect(descending.items.map((item) => item.name)).toEqual([...names].reverse().slice(0, 25));
  });

  it('returns whole rows in the page’s order, each with its own fields', async () => {
    const { items } = await listReplicatedItems(vault.vaultId, query({ page: 2 }), db());
    expect(items[0]).toMatchObject({ name: 'vm-25', osType: 'Windows', protectionState: 'UnplannedFailoverCommitted', rpoInSeconds: 30 });
    expect(items[2]).toMatchObject({ name: 'vm-27', osType: 'Linux', rpoInSeconds: 0, lastSuccessfulFailoverTime: '2026-11-04T00:00:00.000Z' });
  });

  it.each(REPLICATED_ITEM_SORT_FIELDS.flatMap((sort) => (['asc', 'desc'] as const).map((dir) => ({ sort, dir }))))(
    'sorted by $sort $dir, lists every item once across the pages',
    async ({ sort, dir }) => {
      const listed = await allPages({ sort, dir });
      expect(listed).toHaveLength(60);
      expect(new Set(listed).size).toBe(60);
    },
  );

  it('puts items without an RPO last in both directions, ties by name', async () => {
    for (const dir of ['asc', 'desc'] as const) {
      const listed = await allPages({ sort: 'rpo', dir });
      const withRpo = names.filter((_, n) => n % 2 === 1);
      expect(listed.slice(0, withRpo.length).sort()).toEqual(withRpo);
      expect(listed.slice(withRpo.length)).toEqual(names.filter((_, n) => n % 2 === 0));
    }
  });

  it('matches the name as typed: % and _ are not wildcards', async () => {
    expect((await listReplicatedItems(vault.vaultId, query({ q: 'vm_1' }), db())).total).toBe(0);
    expect((await listReplicatedItems(vault.vaultId, query({ q: '%' }), db())).total).toBe(0);
    expect((await listReplicatedItems(vault.vaultId, query({ q: 'VM-1' }), db())).total).toBe(10);
  });

  it('filters by name, state and OS together, and clamps a page past the end to the last', async () => {
    const result = await listReplicatedItems(vault.vaultId, query({ q: 'VM-1', os: 'Windows', state: 'UnplannedFailoverCommitted', page: 7 }), db());
    const expected = names.filter((name, n) => name.startsWith('vm-1') && n % 3 !== 0 && n % 4 !== 0);
    expect(result).toMatchObject({ total: expected.length, page: 1 });
    expect(result.items.map((item) => item.name)).toEqual(expected);
  });
});
