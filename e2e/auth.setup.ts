import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { createUser } from '../lib/data/auth/users';
import { createPrismaClient } from '../lib/data/db';
import { VAULT_ROLES, type VaultRole } from '../lib/domain/access/roles';
import { embeddedUrlFile } from '../scripts/lib/data-folder';
import { E2E_ACCOUNTS_FILE, storageStateOf, type E2eAccount } from './accounts';
import { E2E_DATA_DIR } from './data-dir';
import { signIn } from './sign-in';

// One account per role for this run, each signed in through the sign-in page as an
// operator would; the tests reuse these sessions.

setup('an account per role, signed in through the sign-in page', async ({ page }) => {
  const db = createPrismaClient(readFileSync(embeddedUrlFile(path.resolve(E2E_DATA_DIR)), 'utf8').trim(), 2);
  const accounts = {} as Record<VaultRole, E2eAccount>;
  try {
    for (const role of VAULT_ROLES) {
      const email = `e2e-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@contoso.com`;
      const password = `e2e-${randomUUID()}`;
      const created = await createUser({ email, name: `E2E ${role}`, password }, db);
      if (!created.ok) throw new Error(created.error.message);
      accounts[role] = { role, userId: created.data.id, email, password };
    }
  } finally {
    await db.$disconnect();
  }
  writeFileSync(E2E_ACCOUNTS_FILE, JSON.stringify(accounts, null, 2));
  mkdirSync(path.dirname(storageStateOf('Reader')), { recursive: true });

  for (const account of Object.values(accounts)) {
    await page.context().clearCookies();
    await signIn(page, account.email, account.password);
    // Nobody holds a role on a vault yet: the portal says so, signed in.
    await expect(page.getByRole('button', { name: `Account: ${account.email}` })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(account.role) });
  }
});
