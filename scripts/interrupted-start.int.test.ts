import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_VAULT_NAME } from '../lib/data/seed/demo-vault';
import { createPrismaClient } from '../lib/data/db';
import { vaultReaderHeaders } from '../test/access';
import { freePort, startPortalProcess, type PortalProcess } from './lib/portal-process';

// The first start of a portal killed outright (every process at once, as a power cut or an
// out-of-memory kill does) at many moments: while PGlite creates the cluster, during the
// migrations, during the seeding, while the server starts. The next start must always reach a
// working portal with the demo vault.

const parent = mkdtempSync(path.join(tmpdir(), 'vault-interrupted-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const INTERRUPTIONS = 7;
const FIRST_ACCOUNT_EMAILS = ['owner@contoso.com', 'contributor@contoso.com', 'operator@contoso.com', 'reader@contoso.com'];

/** The demo vault's items as its API lists them, and the accounts the start made for the team. */
async function demoVaultItems(portal: PortalProcess): Promise<number> {
  const headers = await vaultReaderHeaders(portal.databaseUrl(), DEMO_VAULT_NAME);
  const response = await fetch(`${portal.baseUrl}/api/vaults/${DEMO_VAULT_NAME}/replicated-items`, { headers });
  expect(response.status).toBe(200);
  const db = createPrismaClient(portal.databaseUrl(), 1);
  try {
    // One account per role, all made or none, each holding its role on the demo vault.
    expect(await db.roleAssignment.count({ where: { vault: { name: DEMO_VAULT_NAME }, user: { email: { in: FIRST_ACCOUNT_EMAILS } } } })).toBe(4);
  } finally {
    await db.$disconnect();
  }
  const body = (await response.json()) as { total: number };
  return body.total;
}

describe('a first start killed at any moment', () => {
  it('is always followed by a start that reaches a working portal with the demo vault', async () => {
    // An uninterrupted first start: how long it takes, and what the demo vault holds.
    const reference = startPortalProcess({ dataDir: path.join(parent, 'reference'), port: await freePort() });
    let firstStartMs: number;
    let items: number;
    try {
      firstStartMs = await reference.healthy();
      items = await demoVaultItems(reference);
      expect(items).toBeGreaterThan(0);
    } finally {
      // A failed check must not leave the portal running after the test.
      expect(await reference.stop()).toBe(0);
    }

    // Moments spread over the whole first start, and the starts of the two steps that write the
    // most, whenever they come on this machine: the migrations and the seeding.
    const moments: (number | RegExp)[] = [
      ...Array.from({ length: INTERRUPTIONS }, (_, n) => Math.round(((n + 1) / (INTERRUPTIONS + 1)) * firstStartMs)),
      /Embedded PostgreSQL/,
      /Applied migrations/,
    ];
    const outcomes: string[] = [];
    for (const [n, moment] of moments.entries()) {
      const dataDir = path.join(parent, `interrupted-${n}`);
      const first = startPortalProcess({ dataDir, port: await freePort() });
      const started = Date.now();
      if (typeof moment === 'number') await new Promise((resolve) => setTimeout(resolve, moment));
      else while (!moment.test(first.output()) && first.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5));
      const reached = first.output().trim().split('\n').at(-1) ?? '';
      await first.kill();

      const next = startPortalProcess({ dataDir, port: await freePort() });
      try {
        await next.healthy();
        expect(await demoVaultItems(next), next.output()).toBe(items);
      } finally {
        expect(await next.stop()).toBe(0);
      }
      outcomes.push(`killed after ${Date.now() - started} ms (last line: ${reached.slice(0, 60)}): next start healthy with ${items} items`);
    }
    console.log(outcomes.join('\n'));
  }, 1_800_000);
});
