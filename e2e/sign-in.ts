import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { VaultRole } from '../lib/domain/access/roles';
import { e2eAccounts } from './accounts';

// Signing in as an operator does: the sign-in page, its fields and its button.

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email address' }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * No cookies: nobody signed in. Contexts made inside a test (browser or API) take the
 * project's signed-in session unless they are given this.
 */
export const SIGNED_OUT: StorageState = { cookies: [], origins: [] };

/**
 * A session of its own for a role's account, for a test that may end the sessions it uses
 * (signing out, for one) without ending the ones the other tests share.
 */
export async function ownSessionOf(browser: Browser, baseURL: string, role: VaultRole): Promise<StorageState> {
  // Signed out to begin with, whatever the project's default session is.
  const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
  try {
    const page = await context.newPage();
    const account = e2eAccounts()[role];
    await signIn(page, account.email, account.password);
    // Password hashing makes a sign-in the slowest request there is on a busy machine.
    await expect(page.getByRole('button', { name: `Account: ${account.email}` })).toBeVisible({ timeout: 60_000 });
    return await context.storageState();
  } finally {
    await context.close();
  }
}
