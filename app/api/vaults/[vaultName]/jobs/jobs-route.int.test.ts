import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestCaller, type TestCaller } from '@/test/access';
import type { TestDatabase } from '@/test/database';
import { setUpRouteDatabase } from '@/test/route-database';
import { createReplicatedItem, createTestVault, type TestVault } from '@/lib/data/seed/factories';

// The Jobs API as automation calls it: the route handlers on a database of their own.

const routeDatabase = setUpRouteDatabase();
let database: TestDatabase;
let vault: TestVault;
let reader: TestCaller;
let list: typeof import('./route');
let exportCsv: typeof import('./export/route');
const items: { id: string; friendlyName: string }[] = [];
const jobIds: Record<string, string[]> = {};

async function insertJob(itemId: string | null, name: string, parentJobId: string | null = null): Promise<string> {
  const id = randomUUID();
  await database.db.job.create({
    data: {
      id,
      vaultId: vault.vaultId,
      scenarioName: 'ReverseReplication',
      friendlyName: 'Reprotect',
      targetObjectName: name,
      replicatedItemId: itemId,
      parentJobId,
      state: 'Succeeded',
      progress: 100,
      payload: {},
    },
  });
  return id;
}

beforeAll(async () => {
  database = routeDatabase.current();
  vault = await createTestVault(database.db);
  reader = await createTestCaller(database.db, { vaultId: vault.vaultId, role: 'Reader' });
  for (let i = 0; i < 3; i++) items.push(await createReplicatedItem(database.db, vault));
  for (const item of items) jobIds[item.id] = [await insertJob(item.id, item.friendlyName), await insertJob(item.id, item.friendlyName)];
  // The first item was also reprotected as a machine of a recovery plan: a job of its own under the plan's job.
  const planJob = await insertJob(null, 'rp-finance');
  jobIds[items[0]!.id]!.push(await insertJob(items[0]!.id, items[0]!.friendlyName, planJob));
  list = await import('./route');
  exportCsv = await import('./export/route');
});

const context = () => ({ params: Promise.resolve({ vaultName: vault.vaultName }) });

function get(search: string) {
  return list.GET(new NextRequest(`http://localhost/api/vaults/${vault.vaultName}/jobs${search}`, { headers: reader.headers }), context());
}

describe('GET /api/vaults/:vault/jobs?item=', () => {
  it('lists only the jobs of that item, including the one it ran as part of a recovery plan', async () => {
    const item = items[0]!;
    const response = await get(`?item=${item.id}`);
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: { id: string; itemName: string }[]; total: number };
    expect(page.items.map((job) => job.id).toSorted()).toEqual(jobIds[item.id]!.toSorted());
    expect(page.total).toBe(3);
    expect(new Set(page.items.map((job) => job.itemName))).toEqual(new Set([item.friendlyName]));
  });

  it('combines with the other filters', async () => {
    const item = items[1]!;
    const failed = await get(`?item=${item.id}&status=Failed`);
    expect(((await failed.json()) as { total: number }).total).toBe(0);
    const succeeded = await get(`?item=${item.id}&status=Succeeded`);
    expect(((await succeeded.json()) as { total: number }).total).toBe(2);
  });

  it('an item with no jobs (or of another vault) gives an empty list', async () => {
    const response = await get(`?item=${randomUUID()}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ items: [], total: 0 });
  });

  it.each(['garbage', '1', `${randomUUID()}x`, "' OR 1=1 --"])('a malformed item id (%s) is a 400 naming the parameter', async (value) => {
    const response = await get(`?item=${encodeURIComponent(value)}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/'item'/);
  });

  it('the CSV export applies the same item filter and refuses the same malformed value', async () => {
    const item = items[2]!;
    const response = await exportCsv.GET(new NextRequest(`http://localhost/api/vaults/${vault.vaultName}/jobs/export?item=${item.id}`, { headers: reader.headers }), context());
    expect(response.status).toBe(200);
    const [header, ...lines] = (await response.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    const idColumn = header!.split(',').indexOf('Job ID');
    expect(lines.map((line) => line.split(',')[idColumn]).toSorted()).toEqual(jobIds[item.id]!.toSorted());
    const bad = await exportCsv.GET(new NextRequest(`http://localhost/api/vaults/${vault.vaultName}/jobs/export?item=garbage`, { headers: reader.headers }), context());
    expect(bad.status).toBe(400);
  });
});
