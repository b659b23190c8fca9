import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { insertPlanJobs, insertRecoveryPlan } from '../../test/jobs';
import { DEFAULT_JOBS_QUERY, type JobsFilters } from '../schemas/jobs-params';
import type { Prisma } from './generated/prisma/client';
import { csvField, jobsCsvChunks, jobsCsvFileName, JOBS_CSV_HEADER } from './jobs-csv';
import { createTestVault, type TestVault } from './seed/factories';

let database: TestDatabase;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.stop());

const filters = (overrides: Partial<JobsFilters> = {}): JobsFilters => ({ range: DEFAULT_JOBS_QUERY.range, ...overrides });

async function exportCsv(vault: TestVault, wanted: JobsFilters): Promise<string> {
  let text = '';
  for await (const chunk of jobsCsvChunks(vault.vaultId, wanted, db())) text += chunk;
  return text;
}

/** A small RFC 4180 reader, so the tests check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1];
    if (quoted && char === '"' && next === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && next === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  return rows;
}

function job(vault: TestVault, fields: Partial<Prisma.JobCreateManyInput>): Prisma.JobCreateManyInput {
  return {
    id: randomUUID(),
    vaultId: vault.vaultId,
    scenarioName: 'ReverseReplication',
    friendlyName: 'Reprotect',
    targetObjectName: 'vm',
    state: 'Succeeded',
    progress: 100,
    payload: {},
    ...fields,
  };
}

describe('jobsCsvChunks', () => {
  it('writes a header and one escaped line per job, with times in UTC and the duration', async () => {
    const vault = await createTestVault(db());
    await db().job.createMany({
      data: [
        job(vault, {
          targetObjectName: 'vm, "quoted"\nname',
          state: 'Failed',
          progress: 60,
          createdAt: new Date('2026-11-25T10:00:00.000Z'),
          startTime: new Date('2026-11-25T10:00:00.000Z'),
          endTime: new Date('2026-11-25T10:04:05.000Z'),
        }),
        job(vault, {
          targetObjectName: '=HYPERLINK("x")',
          scenarioName: 'UnplannedFailover',
          friendlyName: 'Failover',
          state: 'NotStarted',
          progress: 0,
          createdAt: new Date('2026-11-25T09:00:00.000Z'),
        }),
      ],
    });

    const text = await exportCsv(vault, filters());
    expect(text.startsWith('\uFEFFName,Item,Type,')).toBe(true);
    expect(text).toContain('"vm, ""quoted""\nname"');
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(JOBS_CSV_HEADER);
    expect(rows.slice(1).map((row) => row.slice(0, 8))).toEqual([
      ['Reprotect', 'vm, "quoted"\nname', 'Reprotect', 'Failed', '60', '2026-11-25 10:00:00', '2026-11-25 10:04:05', '00:04:05'],
      // A spreadsheet would run a formula: the name is kept as text.
      ['Failover', `'=HYPERLINK("x")`, 'Failover', 'Not started', '0', '', '', ''],
    ]);
    expect(rows.slice(1).map((row) => row.slice(9))).toEqual([
      ['1', ''],
      ['1', ''],
    ]);
  });

  it('exports every job the filters show, across batches, in the list’s order', async () => {
    const vault = await createTestVault(db());
    // More than one batch, with many jobs created at the same instant (the keyset's tie-break).
    const sameTime = new Date(Date.now() - 60_000);
    const rows = Array.from({ length: 1_205 }, (_, n) =>
      job(vault, {
        targetObjectName: n % 5 === 0 ? `web-${n}` : `sql-${n}`,
        state: n % 5 === 0 ? 'Failed' : 'Succeeded',
        createdAt: n < 600 ? sameTime : new Date(sameTime.getTime() - n * 1000),
      }),
    );
    await db().job.createMany({ data: rows });

    const all = parseCsv((await exportCsv(vault, filters())).slice(1)).slice(1);
    expect(all).toHaveLength(1_205);
    const exportedIds = all.map((row) => row[8]);
    expect(new Set(exportedIds).size).toBe(1_205);
    const expectedOrder = [...rows]
      .sort((a, b) => (b.createdAt as Date).getTime() - (a.createdAt as Date).getTime() || (b.id! < a.id! ? -1 : 1))
      .map((row) => row.id);
    expect(exportedIds).toEqual(expectedOrder);

    const failedWeb = parseCsv((await exportCsv(vault, filters({ status: 'Failed', q: 'WEB' }))).slice(1)).slice(1);
    expect(failedWeb).toHaveLength(241);
    expect(failedWeb.every((row) => row[1]!.startsWith('web-') && row[3] === 'Failed')).toBe(true);
  });

  it('exports a machine job with its attempts and the plan job it is part of, and filters by plan', async () => {
    const vault = await createTestVault(db());
    const planId = await insertRecoveryPlan(db(), vault, 'rp-csv');
    const { planJobId, machineJobIds } = await insertPlanJobs(db(), vault, planId, [{ name: 'csv-01', attemptCount: 2 }]);
    await db().job.createMany({ data: [job(vault, { targetObjectName: 'elsewhere-01' })] });

    const rows = parseCsv((await exportCsv(vault, filters({ plan: planId }))).slice(1)).slice(1);
    expect(rows.map((row) => [row[1], row[8], row[9], row[10]])).toEqual([
      ['csv-01', machineJobIds[0], '2', planJobId],
      ['rp-csv', planJobId, '1', ''],
    ]);
  });

  it('writes only the header when nothing matches', async () => {
    const vault = await createTestVault(db());
    expect(await exportCsv(vault, filters({ status: 'Cancelled' }))).toBe(`\uFEFF${JOBS_CSV_HEADER.join(',')}\r\n`);
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@sum', "'@sum"],
    ['=1,2', `"'=1,2"`],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('jobsCsvFileName', () => {
  it('names the file after the vault and the UTC date', () => {
    expect(jobsCsvFileName('contoso-dr-vault', new Date('2026-11-25T23:30:00.000Z'))).toBe('jobs-contoso-dr-vault-2026-11-25.csv');
    expect(jobsCsvFileName('odd "name"/x', new Date('2026-01-02T00:00:00.000Z'))).toBe('jobs-odd--name--x-2026-01-02.csv');
  });
});
