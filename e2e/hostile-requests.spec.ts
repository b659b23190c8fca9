import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect } from '@playwright/test';
import { test } from './demo-vault';
import { builtActions, freePort, vaultState } from './server-calls';

// Requests that once answered 500 from the running portal (its request parsing, its proxy,
// its server action handling), each now answered with the 4xx that says what was wrong,
// writing nothing; unknown pages answer 404 with the portal's not-found page, and an
// unexpected error shows the error page with a reference the server logged.

const ACTION = { 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' };

test.describe('Hostile requests to the running portal', () => {
  test('malformed addresses and NUL bytes are a 400 naming what was wrong, not a 500', async ({ request, vault, database }) => {
    const vaultId = (await database.vault.findUniqueOrThrow({ where: { name: vault.name } })).id;
    const before = await vaultState(database, vaultId);
    const cases: Array<[string, RegExp]> = [
      [`${vault.api}/jobs?q=%00`, /^Invalid query parameter 'q': it contains a NUL character/],
      [`${vault.api}/replicated-items?state=Protected&q=dc%00`, /^Invalid query parameter 'q'/],
      [`${vault.api}/activity-log?caller=%00`, /^Invalid query parameter 'caller'/],
      [`${vault.api}/jobs/export?q=%00`, /^Invalid query parameter 'q'/],
      [`${vault.api}/replicated-items/%00`, /the path segment '\\u0000' contains a NUL character/],
      [`${vault.api}/recovery-plans/a%00b`, /the path segment 'a\\u0000b' contains a NUL character/],
      [`${vault.api}/policies/%00`, /contains a NUL character/],
      ['/api/vaults/%E0%A4%A/jobs', /^The address is not valid: the path segment '%E0%A4%A' has a malformed percent-escape/],
      [`${vault.api}/jobs/%`, /malformed percent-escape/],
    ];
    for (const [url, message] of cases) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      expect(((await response.json()) as { error: string }).error, url).toMatch(message);
    }
    for (const url of [`/vaults/%E0%A4%A`, `${vault.grid}?reprotect=%00`, `${vault.overview}/replicated-items/%00`]) {
      const page = await request.get(url, { headers: { accept: 'text/html' } });
      expect(page.status(), url).toBe(400);
      expect(await page.text(), url).toContain('This address is not valid');
    }
    expect(await vaultState(database, vaultId)).toBe(before);
  });

  test('a PATCH that is not JSON is a 415, too large a 413, unreadable a 400; none changes the policy', async ({ request, vault, database }) => {
    const vaultId = (await database.vault.findUniqueOrThrow({ where: { name: vault.name } })).id;
    const policy = await database.replicationPolicy.findFirstOrThrow({ where: { vaultId, direction: 'Forward' } });
    const url = `${vault.api}/policies/${policy.id}`;
    const before = await vaultState(database, vaultId);
    const cases: Array<[number, Record<string, string>, string | Buffer, RegExp]> = [
      // Strings go as bytes below: given a string and a JSON type, the client would encode it as a JSON string.
      [415, { 'content-type': 'text/plain' }, '{"recoveryPointThresholdInMinutes":30}', /must be JSON, sent with Content-Type: application\/json \(this request sent 'text\/plain'\)/],
      [415, { 'content-type': 'application/x-www-form-urlencoded' }, 'recoveryPointThresholdInMinutes=30', /reads JSON bodies \(Content-Type: application\/json\)/],
      [400, { 'content-type': 'application/json' }, '{"recoveryPointThresholdInMinutes":', /^The request body is not valid JSON/],
      [400, { 'content-type': 'application/json' }, '{"multiVmSyncStatus":"\\u0000"}', /field 'multiVmSyncStatus' contains a NUL character/],
      [413, { 'content-type': 'application/json' }, Buffer.alloc(1024 * 1024 + 10, 0x20), /larger than 1 MB/],
    ];
    for (const [status, headers, data, message] of cases) {
      const response = await request.patch(url, { headers, data: Buffer.from(data) });
      expect(response.status(), `${headers['content-type']} ${String(data).slice(0, 30)}`).toBe(status);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    expect(await vaultState(database, vaultId)).toBe(before);
  });

  test('a server action call that is malformed, too large, of another type or from another origin is a 4xx, not a 500', async ({ request, vault, database }) => {
    const vaultId = (await database.vault.findUniqueOrThrow({ where: { name: vault.name } })).id;
    const action = builtActions().find((candidate) => candidate.name === 'lab.setSiteConnectivityAction')!;
    const page = action.page.replace('[vaultName]', vault.name);
    const call = (headers: Record<string, string>, data: string | Buffer) => request.post(page, { headers: { 'next-action': action.id, ...headers }, data: Buffer.from(data) });
    const before = await vaultState(database, vaultId);

    const cases: Array<[number, Record<string, string>, string | Buffer, RegExp]> = [
      [400, ACTION, `["${vault.name}",{`, /^The server action call is not valid JSON/],
      [400, ACTION, `["${vault.name}","$1"]`, /refers to a part the call does not have/],
      [400, ACTION, `["${vault.name}","$nzz"]`, /refers to a part the call does not have/],
      [413, ACTION, Buffer.alloc(1024 * 1024 + 10, 0x20), /larger than 1 MB/],
      [415, { 'content-type': 'multipart/form-data; boundary=x' }, 'garbage', /must send its arguments as JSON text/],
      [403, { ...ACTION, origin: 'https://attacker.example' }, `["${vault.name}",{"s2sVpn":false,"expressRoute":false,"expressRoutePeering":"None"}]`, /must come from one of its own pages/],
    ];
    for (const [status, headers, data, message] of cases) {
      const response = await call(headers, data);
      expect(response.status(), `${JSON.stringify(headers)} ${String(data).slice(0, 40)}`).toBe(status);
      expect(await response.text()).toMatch(message);
    }
    // A form post to a page without an action: the portal's pages take none.
    const post = await request.post(vault.grid, { headers: { 'content-type': 'multipart/form-data; boundary=x' }, data: 'garbage' });
    expect(post.status()).toBe(405);
    expect(post.headers().allow).toBe('GET, HEAD');
    expect(await vaultState(database, vaultId)).toBe(before);

    // The same call, well formed and from the portal's own origin, still works.
    const ok = await call(ACTION, `["${vault.name}",{"s2sVpn":true,"expressRoute":false,"expressRoutePeering":"None"}]`);
    expect(ok.status()).toBe(200);
    expect(await ok.text()).toContain('"ok":true');
  });

  test('a long address with repeated slashes gets an answer any client can read: the redirect, or 431 past 7 KB', async ({ request }) => {
    // The redirect that removes repeated slashes repeats the address in two headers.
    const path = '/subscriptions//resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationJobs';
    const fits = await request.get(`${path}?q=${'a'.repeat(3000)}&r=${'b'.repeat(3000)}`, { maxRedirects: 0 });
    expect(fits.status()).toBe(308);
    expect(fits.headers().location).toContain('/subscriptions/resourceGroups/');
    const tooLong = await request.get(`${path}?q=${'a'.repeat(4000)}&r=${'b'.repeat(4000)}`, { maxRedirects: 0 });
    expect(tooLong.status()).toBe(431);
  });

  test('an unknown page answers 404 with the portal’s not-found page', async ({ page, vault }) => {
    for (const url of ['/no-such-page', '/vaults/no-such-vault-here', `${vault.overview}/no-such-section`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole('heading', { name: 'This page could not be found' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Vault Portal' })).toBeVisible();
    }
  });

  test('an unexpected error shows the error page with a reference that the server logged', async ({ browser }) => {
    // A portal of its own, whose database has gone away: every signed-in page fails.
    const [port, deadDatabasePort] = await Promise.all([freePort(), freePort()]);
    const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
    const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
      env: { ...process.env, DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${deadDatabasePort}/gone`, VAULT_RUNNER: 'off', NEXT_TELEMETRY_DISABLED: '1' },
    });
    let log = '';
    server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
    try {
      await expect.poll(() => log, { timeout: 60_000 }).toMatch(/Ready in/);
      await context.addCookies([{ name: 'vault-portal.session_token', value: 'any', domain: '127.0.0.1', path: '/' }]);
      const page = await context.newPage();
      const response = await page.goto('/vaults/contoso-dr-vault');
      expect(response?.status()).toBe(500);
      await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
      const note = await page.getByRole('note').textContent();
      const reference = /^Reference: (\d+)$/.exec(note ?? '')?.[1];
      expect(reference, `the error page shows a reference (${note})`).toBeTruthy();
      await expect.poll(() => log, { timeout: 15_000 }).toContain(`Request error (reference ${reference})`);
      await expect(page.locator('body')).not.toContainText(/Can't reach database|PrismaClient|\.js:\d+/);
      await page.getByRole('button', { name: 'Try again' }).focus();
      await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
    } finally {
      await context.close();
      server.kill('SIGTERM');
    }
  });
});
