import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { busyFailure, failure, HTTP_STATUS } from '../schemas/action-result';
import { insertRows } from './insert-rows';
import { nameClash, refusable, Refusal, refuseWith } from './refusals';

let database: TestDatabase;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.stop());

const vaultRow = (name: string) => ({ name, subscriptionId: randomUUID(), resourceGroup: 'rg', location: 'westeurope' });

describe('refusable', () => {
  it('answers with a refusal thrown inside a transaction, and the transaction writes nothing', async () => {
    const name = `refused-${randomUUID().slice(0, 8)}`;
    const result = await refusable(() =>
      db().$transaction(async (tx) => {
        await tx.vault.create({ data: vaultRow(name) });
        refuseWith('refused', 'Not today.', 'name');
      }),
    );
    expect(result).toEqual(failure('refused', 'Not today.', { name: 'Not today.' }));
    expect(await db().vault.count({ where: { name } })).toBe(0);
  });

  it('passes on a Refusal built from any failure', async () => {
    const result = await refusable(async () => {
      throw new Refusal(failure('not-found', 'Gone.'));
    });
    expect(result).toEqual(failure('not-found', 'Gone.'));
  });

  it('turns a unique-key clash into a conflict under the clashing field', async () => {
    const name = `taken-${randomUUID().slice(0, 8)}`;
    await db().vault.create({ data: vaultRow(name) });
    const result = await refusable(() => db().vault.create({ data: vaultRow(name) }), nameClash('name'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'conflict', fieldErrors: { name: expect.stringMatching(/taken by another change/) } } });
  });

  it('turns a unique-key clash of a statement written in SQL (which Prisma reports as P2010) into a conflict too', async () => {
    const entry = { id: randomUUID(), callerName: 'ops@contoso.com', operation: 'tests', result: 'Started', correlationId: randomUUID() };
    const insert = () => insertRows(db(), 'ActivityLogEntry', ['id', 'callerName', 'operation', 'result', 'correlationId'], [entry]);
    await insert();
    expect(await refusable(insert, nameClash('name'))).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });

  it('answers busy when the database could not take the change in time, and the change writes nothing', async () => {
    const name = `busy-${randomUUID().slice(0, 8)}`;
    // A transaction that outlives its time is rolled back whole by the database (P2028).
    const result = await refusable(() =>
      db().$transaction(
        async (tx) => {
          await tx.vault.create({ data: vaultRow(name) });
          await new Promise((resolve) => setTimeout(resolve, 400));
          await tx.vault.create({ data: vaultRow(`${name}-2`) });
        },
        { timeout: 100 },
      ),
    );
    expect(result).toEqual(busyFailure());
    expect(HTTP_STATUS.busy).toBe(503);
    expect(await db().vault.count({ where: { name: { startsWith: name } } })).toBe(0);
  });

  it('lets anything else through as unexpected', async () => {
    await expect(refusable(() => db().$queryRaw`SELECT 1 / 0`)).rejects.toThrow(/division by zero/);
  });
});
