import { beforeAll, describe, expect, it } from 'vitest';
import { createTestCaller, routeRequest, type TestCaller } from '@/test/access';
import type { TestDatabase } from '@/test/database';
import { setUpRouteDatabase } from '@/test/route-database';
import { createForwardPolicy } from '@/lib/data/policies';
import { createTestVault, type TestVault } from '@/lib/data/seed/factories';

// The automation API as a client calls it: the route handlers on a database of their own.

const routeDatabase = setUpRouteDatabase();
let database: TestDatabase;
let vault: TestVault;
let ids: { forwardPolicyId: string; failbackPolicyId: string };
let route: typeof import('./[policyId]/route');
let contributor: TestCaller;

beforeAll(async () => {
  database = routeDatabase.current();
  vault = await createTestVault(database.db);
  const result = await createForwardPolicy(
    vault.vaultId,
    { friendlyName: 'api-policy', recoveryPointThresholdInMinutes: 60, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: true },
    database.db,
  );
  if (!result.ok) throw new Error(result.error.message);
  ids = result.data;
  contributor = await createTestCaller(database.db, { vaultId: vault.vaultId, role: 'Contributor' });
  route = await import('./[policyId]/route');
});

function call(method: 'GET' | 'PATCH' | 'DELETE', policyId: string, body?: unknown, contentType: string | null = 'application/json') {
  const request = routeRequest(`/api/vaults/${vault.vaultName}/policies/${policyId}`, {
    method,
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...contributor.headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const context = { params: Promise.resolve({ vaultName: vault.vaultName, policyId }) };
  return route[method](request, context);
}

describe('PATCH and DELETE /api/vaults/:vault/policies/:id', () => {
  it('a forward policy is edited within the ranges, and refused outside them with 400', async () => {
    const ok = await call('PATCH', ids.forwardPolicyId, { recoveryPointThresholdInMinutes: 45 });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ recoveryPointThresholdInMinutes: 45 });
    const bad = await call('PATCH', ids.forwardPolicyId, { recoveryPointThresholdInMinutes: 5 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ fieldErrors: { recoveryPointThresholdInMinutes: expect.stringMatching(/between 15 and 240/) } });
  });

  it.each([
    { name: 'a valid body', body: { recoveryPointThresholdInMinutes: 30 } },
    { name: 'values out of range', body: { recoveryPointThresholdInMinutes: 5 } },
    { name: 'fields a policy does not have', body: { friendlyName: 'renamed', color: 'red' } },
  ])('PATCH of a failback policy answers 409 ($name) and changes nothing', async ({ body }) => {
    const response = await call('PATCH', ids.failbackPolicyId, body);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ kind: 'conflict', error: expect.stringMatching(/failback policy is not editable/) });
    const current = await call('GET', ids.failbackPolicyId);
    expect(await current.json()).toMatchObject({ recoveryPointThresholdInMinutes: 15, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60 });
  });

  it.each([
    { name: 'a text/plain body', body: '{"recoveryPointThresholdInMinutes":30}', contentType: 'text/plain', status: 415, error: /must be JSON, sent with Content-Type: application\/json \(this request sent 'text\/plain'\)/ },
    { name: 'a form body', body: 'recoveryPointThresholdInMinutes=30', contentType: 'application/x-www-form-urlencoded', status: 415, error: /must be JSON/ },
    { name: 'a body that is not JSON', body: 'not json', contentType: 'application/json', status: 400, error: /^The request body is not valid JSON: / },
    { name: 'no body', body: undefined, contentType: 'application/json', status: 400, error: /^The request body is empty/ },
    { name: 'a NUL in a value', body: '{"multiVmSyncStatus":"\\u0000"}', contentType: 'application/json', status: 400, error: /field 'multiVmSyncStatus' contains a NUL character/ },
    { name: 'a body over 1 MB', body: `{"x":"${'a'.repeat(1024 * 1024)}"}`, contentType: 'application/json', status: 413, error: /larger than 1 MB/ },
  ])('PATCH with $name answers $status, saying so, before anything is read or written', async ({ body, contentType, status, error }) => {
    for (const policyId of [ids.forwardPolicyId, ids.failbackPolicyId]) {
      const before = await database.db.replicationPolicy.findUniqueOrThrow({ where: { id: policyId } });
      const response = await call('PATCH', policyId, body, contentType);
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ kind: 'invalid', error: expect.stringMatching(error) });
      expect(await database.db.replicationPolicy.findUniqueOrThrow({ where: { id: policyId } })).toEqual(before);
    }
  });

  it('DELETE of a failback policy answers 409', async () => {
    const response = await call('DELETE', ids.failbackPolicyId);
    expect(response.status).toBe(409);
    expect(await database.db.replicationPolicy.count({ where: { id: ids.failbackPolicyId } })).toBe(1);
  });

  it('an unknown policy is 404', async () => {
    expect((await call('GET', 'no-such-policy')).status).toBe(404);
    expect((await call('PATCH', 'no-such-policy', {})).status).toBe(404);
  });
});
