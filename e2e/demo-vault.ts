import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createPrismaClient, type Db } from '../lib/data/db';
import { seedDemoVaultCopy } from '../lib/data/seed/demo-vault';
import { VAULT_ROLES } from '../lib/domain/access/roles';
import { embeddedUrlFile } from '../scripts/lib/data-folder';
import { e2eAccounts } from './accounts';
import { E2E_DATA_DIR } from './data-dir';


/** A copy of the demo vault for one test: the paths of its pages. */
export interface DemoVault {
  name: string;
  overview: string;
  grid: string;
  jobs: string;
  plans: string;
  api: string;
}

function demoVault(name: string): DemoVault {
  const overview = `/vaults/${name}`;
  return {
    name,
    overview,
    grid: `${overview}/replicated-items`,
    jobs: `${overview}/jobs`,
    plans: `${overview}/recovery-plans`,
    api: `/api/vaults/${name}`,
  };
}

/**
 * Every test works on a demo vault of its own, seeded into the running portal's database: tests
 * run side by side without sharing VMs, and a retried test starts again from the demo state.
 * The run's accounts hold their roles on it; tests act as its Contributor unless they say
 * otherwise (test.use({ storageState: storageStateOf('Reader') })).
 */
export const test = base.extend<{ vault: DemoVault }, { database: Db }>({
  database: [
    async ({}, provide) => {
      const url = readFileSync(embeddedUrlFile(path.resolve(E2E_DATA_DIR)), 'utf8').trim();
      const db = createPrismaClient(url, 2);
      await provide(db);
      await db.$disconnect();
    },
    { scope: 'worker' },
  ],
  vault: async ({ database }, provide) => {
    const name = `e2e-${randomUUID().slice(0, 8)}`;
    const vaultId = await seedDemoVaultCopy(database, name);
    const accounts = e2eAccounts();
    await database.roleAssignment.createMany({ data: VAULT_ROLES.map((role) => ({ vaultId, userId: accounts[role].userId, role })) });
    await provide(demoVault(name));
  },
});

/** The id of a demo VM, found through the same API the grid uses. */
export async function itemId(page: Page, vault: DemoVault, name: string): Promise<string> {
  const response = await page.request.get(`${vault.api}/replicated-items?q=${encodeURIComponent(name)}`);
  const body = (await response.json()) as { items: { id: string; name: string }[] };
  const item = body.items.find((candidate) => candidate.name === name);
  if (!item) throw new Error(`${name} is not in the demo vault`);
  return item.id;
}

/** The id of a demo recovery plan, found through the API the plans list uses. */
export async function planId(page: Page, vault: DemoVault, name: string): Promise<string> {
  const response = await page.request.get(`${vault.api}/recovery-plans`);
  const plans = (await response.json()) as { id: string; name: string }[];
  const plan = plans.find((candidate) => candidate.name === name);
  if (!plan) throw new Error(`${name} is not in the demo vault`);
  return plan.id;
}

/** Opens the Re-Protect blade of a demo VM by its URL and returns the blade. */
export async function openReprotectBlade(page: Page, vault: DemoVault, name: string) {
  await page.goto(`${vault.grid}?reprotect=${await itemId(page, vault, name)}`);
  const blade = page.getByRole('dialog', { name: `Re-Protect ${name}` });
  await expect(blade).toBeVisible();
  return blade;
}

/** A list filter (the browser's own select) set to the choice shown as `label`. */
export async function chooseFilter(page: Page, name: string, label: string) {
  await page.getByRole('search').getByRole('combobox', { name }).selectOption({ label });
}

/** What a list filter shows now: only its chosen option, not every option's text. */
export function shownFilter(page: Page, name: string) {
  return page.getByRole('search').getByRole('combobox', { name }).locator('option:checked');
}

/** The toast of the notification posted last, under the bell of the top bar. */
export function latestNotification(page: Page) {
  return page.getByRole('banner').getByRole('region', { name: /^New notification/ });
}

/** A row of the Replicated items grid, by the item's name. */
export function gridRow(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}
