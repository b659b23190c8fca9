import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { insertJobs as insertJobsOf, insertPlanJobs, insertRecoveryPlan } from '../../test/jobs';
import { DEFAULT_JOBS_QUERY, type JobsQuery } from '../schemas/jobs-params';
import { countRecentJobsByStatus, jobsWhere, listJobs } from './jobs';
import { createTestVault, type TestVault } from './seed/factories';

let database: TestDatabase;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.stop());

const insertJobs = (vault: TestVault, jobs: Parameters<typeof insertJobsOf>[2]) => insertJobsOf(db(), vault, jobs);

const query = (overrides: Partial<JobsQuery> = {}): JobsQuery => ({ ...DEFAULT_JOBS_QUERY, ...overrides });

describe('listJobs', () => {
  it('lists the vault’s jobs newest first, 25 to a page, and clamps a page past the end', async () => {
    const vault = await createTestVault(db());
    const other = await createTestVault(db());
    const ids = await insertJobs(vault, Array.from({ length: 30 }, () => ({})));
    await insertJobs(other, [{}]);

    const first = await listJobs(vault.vaultId, query(), db());
    expect(first).toMatchObject({ total: 30, totalCapped: false, page: 1, pageSize: 25 });
    expect(first.items.map((job) => job.id)).toEqual(ids.slice(0, 25));
    expect(first.items[0]).toMatchObject({ name: 'Reprotect', itemName: 'vm-0', state: 'Succeeded', progress: 100 });

    const second = await listJobs(vault.vaultId, query({ page: 2 }), db());
    expect(second.items.map((job) => job.id)).toEqual(ids.slice(25));

    const past = await listJobs(vault.vaultId, query({ page: 9 }), db());
    expect(past.page).toBe(2);
    expect(past.items.map((job) => job.id)).toEqual(ids.slice(25));
  });

  it('breaks ties of the creation time by id, so pages neither overlap nor skip', async () => {
    const vault = await createTestVault(db());
    const ids = await insertJobs(vault, Array.from({ length: 40 }, () => ({ minutesAgo: 5 })));
    const pages = [await listJobs(vault.vaultId, query(), db()), await listJobs(vault.vaultId, query({ page: 2 }), db())];
    const listed = pages.flatMap((page) => page.items.map((job) => job.id));
    expect(listed).toEqual([...ids].sort().reverse());
  });

  it('filters by status, type, time range and item name, together', async () => {
    const vault = await createTestVault(db());
    await insertJobs(vault, [
      { targetObjectName: 'Web-IIS-01', state: 'Failed', minutesAgo: 10 },
      { targetObjectName: 'web-iis-02', scenarioName: 'UnplannedFailover', friendlyName: 'Failover', minutesAgo: 20 },
      { targetObjectName: 'sql-01', state: 'InProgress', endTime: null, progress: 40, minutesAgo: 5 * 60 },
      { targetObjectName: 'web-old', state: 'Failed', minutesAgo: 3 * 24 * 60 },
      { targetObjectName: 'web-ancient', minutesAgo: 40 * 24 * 60 },
    ]);
    const names = async (filters: Partial<JobsQuery>) =>
      (await listJobs(vault.vaultId, query(filters), db())).items.map((job) => job.itemName);

    expect(await names({})).toEqual(['Web-IIS-01', 'web-iis-02', 'sql-01', 'web-old', 'web-ancient']);
    expect(await names({ status: 'Failed' })).toEqual(['Web-IIS-01', 'web-old']);
    expect(await names({ type: 'UnplannedFailover' })).toEqual(['web-iis-02']);
    expect(await names({ range: '1h' })).toEqual(['Web-IIS-01', 'web-iis-02']);
    expect(await names({ range: '24h' })).toEqual(['Web-IIS-01', 'web-iis-02', 'sql-01']);
    expect(await names({ range: '7d' })).toEqual(['Web-IIS-01', 'web-iis-02', 'sql-01', 'web-old']);
    expect(await names({ range: '30d' })).toEqual(['Web-IIS-01', 'web-iis-02', 'sql-01', 'web-old']);
    expect(await names({ q: 'WEB-iis' })).toEqual(['Web-IIS-01', 'web-iis-02']);
    expect(await names({ q: 'web', status: 'Failed', range: '24h' })).toEqual(['Web-IIS-01']);
    expect(await names({ q: 'nothing-like-this' })).toEqual([]);

    // The total is counted apart from the page: under every filter it counts what the list shows.
    for (const filters of [{}, { status: 'Failed' }, { type: 'UnplannedFailover' }, { range: '24h' }, { q: 'WEB-iis' }, { q: 'web', status: 'Failed', range: '7d' }] as const) {
      const page = await listJobs(vault.vaultId, query(filters), db());
      expect(page.total, JSON.stringify(filters)).toBe(page.items.length);
      expect(page.total).toBe(await db().job.count({ where: jobsWhere(vault.vaultId, query(filters), new Date()) }));
    }
  });

  it('lists machine jobs beside their plan’s job, and filters by plan: its jobs and their machines’ only', async () => {
    const vault = await createTestVault(db());
    const finance = await insertRecoveryPlan(db(), vault, 'rp-finance');
    const web = await insertRecoveryPlan(db(), vault, 'rp-web');
    const first = await insertPlanJobs(db(), vault, finance, [{ name: 'fin-sql-01' }, { name: 'fin-app-01', state: 'Failed' }], { minutesAgo: 30 });
    const again = await insertPlanJobs(db(), vault, finance, [{ name: 'fin-app-01' }], { minutesAgo: 10 });
    await insertPlanJobs(db(), vault, web, [{ name: 'web-01' }], { minutesAgo: 20 });
    await insertJobs(vault, [{ targetObjectName: 'dc-01', minutesAgo: 5 }]);

    const all = await listJobs(vault.vaultId, query(), db());
    expect(all.items.map((job) => [job.itemName, job.childCount, job.parent?.itemName ?? null])).toEqual([
      ['dc-01', 0, null],
      ['fin-app-01', 0, 'rp-finance'],
      ['rp-finance', 1, null],
      ['web-01', 0, 'rp-web'],
      ['rp-web', 1, null],
      ['fin-app-01', 0, 'rp-finance'],
      ['fin-sql-01', 0, 'rp-finance'],
      ['rp-finance', 2, null],
    ]);
    expect(all.items.find((job) => job.id === first.machineJobIds[1])?.parent).toEqual({ id: first.planJobId, itemName: 'rp-finance' });

    const ofFinance = await listJobs(vault.vaultId, query({ plan: finance }), db());
    expect(ofFinance.items.map((job) => job.id)).toEqual([again.machineJobIds[0], again.planJobId, first.machineJobIds[1], first.machineJobIds[0], first.planJobId]);
    const failedOfFinance = await listJobs(vault.vaultId, query({ plan: finance, status: 'Failed' }), db());
    expect(failedOfFinance.items.map((job) => job.id)).toEqual([first.machineJobIds[1]]);
    // The count (plain SQL) and the page (Prisma) apply the same filter.
    for (const filters of [{ plan: finance }, { plan: web }, { plan: finance, status: 'Failed' as const }]) {
      const page = await listJobs(vault.vaultId, query(filters), db());
      expect(page.total).toBe(page.items.length);
      expect(page.total).toBe(await db().job.count({ where: jobsWhere(vault.vaultId, query(filters), new Date()) }));
    }
    expect(await listJobs(vault.vaultId, query({ plan: randomUUID() }), db())).toMatchObject({ items: [], total: 0 });
  });

  it('matches the item name as typed: % and _ are not wildcards', async () => {
    const vault = await createTestVault(db());
    await insertJobs(vault, [{ targetObjectName: 'web_01' }, { targetObjectName: 'web-01' }, { targetObjectName: 'app%1' }]);
    const search = async (q: string) => {
      const page = await listJobs(vault.vaultId, query({ q }), db());
      return { names: page.items.map((job) => job.itemName), total: page.total };
    };
    expect(await search('web_0')).toEqual({ names: ['web_01'], total: 1 });
    expect(await search('%')).toEqual({ names: ['app%1'], total: 1 });
    expect(await search('p%')).toEqual({ names: ['app%1'], total: 1 });
  });

  it('returns an empty first page for a vault without jobs', async () => {
    const vault = await createTestVault(db());
    expect(await listJobs(vault.vaultId, query({ page: 3 }), db())).toEqual({ items: [], total: 0, totalCapped: false, page: 1, pageSize: 25 });
  });

  it('counts a large list only up to forty pages past the one shown, and says there are more', async () => {
    const vault = await createTestVault(db());
    await insertJobs(vault, Array.from({ length: 1_100 }, (_, n) => ({ minutesAgo: n + 1 })));

    const first = await listJobs(vault.vaultId, query(), db());
    expect(first).toMatchObject({ total: 1_025, totalCapped: true, page: 1 });
    expect(first.items).toHaveLength(25);

    // Near the end the count is exact again, and the last page is full.
    const last = await listJobs(vault.vaultId, query({ page: 44 }), db());
    expect(last).toMatchObject({ total: 1_100, totalCapped: false, page: 44 });
    expect(last.items.map((job) => job.itemName).at(-1)).toBe('vm-1099');
  });
});

describe('countRecentJobsByStatus', () => {
  it('counts running, failed and waiting jobs of the last 24 hours, and all jobs of those hours', async () => {
    const vault = await createTestVault(db());
    await insertJobs(vault, [
      { state: 'InProgress', endTime: null, minutesAgo: 2 },
      { state: 'InProgress', endTime: null, minutesAgo: 3 },
      { state: 'Failed', minutesAgo: 60 },
      { state: 'Failed', minutesAgo: 25 * 60 },
      { state: 'Suspended', endTime: null, minutesAgo: 4 },
      { state: 'Succeeded', minutesAgo: 5 },
    ]);
    expect(await countRecentJobsByStatus(vault.vaultId, db())).toEqual({ range: '24h', inProgress: 2, failed: 1, waiting: 1, total: 5 });
  });
});
