import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { createUser } from '../lib/data/auth/users';
import { e2eAccounts, storageStateOf } from './accounts';
import { gridRow, itemId, latestNotification, test } from './demo-vault';
import { submitDemoReprotect } from './job-fixtures';
import { SIGNED_OUT, signIn } from './sign-in';

// Sign-in and the vault roles, as people meet them: what a Reader may not do and is told
// why, an Operator's reprotect in the Activity log, an Owner's grant taking effect at
// once, slow-down after wrong passwords, and signing out. See docs/access-control.md.

async function choose(page: Page, field: string, option: string) {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: new RegExp(`^${option}`) }).click();
  await expect(page.getByRole('combobox', { name: field })).toHaveText(option);
}

test.describe('as a Site Recovery Reader', () => {
  test.use({ storageState: storageStateOf('Reader') });

  const needsOperator = (vaultName: string) => `Requires the Site Recovery Operator role on ${vaultName}.`;
  const needsContributor = (vaultName: string) => `Requires the Site Recovery Contributor role on ${vaultName}.`;

  test('Re-Protect is off, in the command bar, the context menu and the blade, with the role it needs; Validate still runs', async ({ page, vault }) => {
    await page.goto(`${vault.grid}?q=dc-02`);
    await gridRow(page, 'dc-02').click();
    const reprotect = page.getByRole('toolbar').getByRole('button', { name: 'Re-Protect' });
    await expect(reprotect).toBeDisabled();
    await expect(reprotect).toHaveAccessibleDescription(needsOperator(vault.name));

    await gridRow(page, 'dc-02').click({ button: 'right' });
    await expect(page.getByRole('menuitem', { name: /Re-Protect/ })).toHaveAccessibleDescription(needsOperator(vault.name));
    await page.keyboard.press('Escape');

    // The blade opened from its URL still validates (a dry run), but OK says why it is off.
    await page.goto(`${vault.grid}?reprotect=${await itemId(page, vault, 'dc-02')}`);
    const blade = page.getByRole('dialog', { name: 'Re-Protect dc-02' });
    await expect(blade.getByRole('button', { name: 'OK' })).toHaveAccessibleDescription(needsOperator(vault.name));
    await blade.getByRole('button', { name: 'Validate' }).click();
    await expect(blade.getByRole('region', { name: 'Validation result' })).toBeVisible();
  });

  test('jobs are visible, and Cancel on a running one is off with the reason', async ({ page, vault, database }) => {
    const jobId = await submitDemoReprotect(database, vault.name, 'dc-01');
    await page.goto(`${vault.jobs}?job=${jobId}`);
    const job = page.getByRole('dialog', { name: 'Reprotect job for dc-01' });
    await expect(job).toBeVisible();
    const cancel = job.getByRole('toolbar', { name: 'Job commands' }).getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeDisabled();
    await expect(cancel).toHaveAccessibleDescription(needsOperator(vault.name));
  });

  test('Create policy is off, and a change sent anyway is refused by the server naming the role', async ({ page, vault }) => {
    await page.goto(`${vault.overview}/policies`);
    await expect(page.getByRole('button', { name: 'Create policy' })).toHaveAccessibleDescription(needsContributor(vault.name));
    const refused = await page.request.patch(`${vault.api}/policies/not-a-policy`, { data: {} });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ error: needsContributor(vault.name) });
  });
});

test.describe('as a Site Recovery Operator', () => {
  test.use({ storageState: storageStateOf('Operator') });

  test("reprotects dc-02, and the Activity log shows the operator's entry linked to the job", async ({ page, vault }) => {
    await page.goto(`${vault.grid}?reprotect=${await itemId(page, vault, 'dc-02')}`);
    const blade = page.getByRole('dialog', { name: 'Re-Protect dc-02' });
    await choose(page, 'Master target server', 'mt-win-02');
    await choose(page, 'Process server', 'ps-azure-weu-01');
    await choose(page, 'Datastore', 'ds-vmfs-02');
    await blade.getByRole('button', { name: 'OK' }).click();
    await expect(latestNotification(page)).toContainText('Reprotect started');
    const jobHref = await latestNotification(page).getByRole('link', { name: 'Track its progress in Jobs' }).getAttribute('href');
    const jobId = jobHref!.split('/').at(-1)!;

    await page.getByRole('navigation', { name: `${vault.name} menu` }).getByRole('link', { name: 'Activity log' }).click();
    const log = page.getByRole('table', { name: 'Activity log' });
    const entry = log.getByRole('row').filter({ hasText: 'Reprotect replicated item' }).filter({ hasText: 'Started' });
    await expect(entry).toContainText(e2eAccounts().Operator.email);
    await expect(entry.getByRole('link', { name: 'dc-02' })).toBeVisible();
    await expect(entry.getByRole('link', { name: 'View job' })).toHaveAttribute('href', new RegExp(`/jobs/${jobId}$`));

    // The Jobs grid says who started it.
    await page.goto(`${vault.jobs}?q=dc-02`);
    await expect(page.getByRole('grid', { name: 'Jobs' }).getByRole('row').filter({ hasText: 'dc-02' }).first()).toContainText(e2eAccounts().Operator.email);
  });
});

test.describe('as an Owner', () => {
  test.use({ storageState: storageStateOf('Owner') });

  test('grants a role in Access control, and it takes effect on the next request', async ({ page, browser, vault, database }) => {
    const email = `new-operator-${randomUUID().slice(0, 8)}@contoso.com`;
    const password = `pw-${randomUUID()}`;
    const created = await createUser({ email, name: 'New operator', password }, database);
    expect(created.ok).toBe(true);

    const other = await browser.newContext({ storageState: SIGNED_OUT });
    const newcomer = await other.newPage();
    await signIn(newcomer, email, password);
    await expect(newcomer.getByText('No Recovery Services vaults to display')).toBeVisible();
    const before = await newcomer.goto(vault.grid);
    expect(before?.status()).toBe(404);

    await page.goto(`${vault.overview}/access-control`);
    await page.getByRole('button', { name: 'Add role assignment' }).click();
    const blade = page.getByRole('dialog', { name: 'Add role assignment' });
    await blade.getByRole('textbox', { name: 'User (email address)' }).fill(email);
    await blade.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Site Recovery Operator' }).click();
    await blade.getByRole('button', { name: 'Save' }).click();
    await expect(blade.getByText('Role assigned')).toBeVisible();
    await blade.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(blade).toBeHidden();
    await expect(page.getByRole('table', { name: 'Role assignments' }).getByRole('row').filter({ hasText: email })).toContainText('Site Recovery Operator');

    // No restart, no new sign-in: the newcomer's next page load sees the vault, with Re-Protect on.
    await newcomer.goto(`${vault.grid}?q=dc-01`);
    await gridRow(newcomer, 'dc-01').click();
    await expect(newcomer.getByRole('toolbar').getByRole('button', { name: 'Re-Protect' })).toBeEnabled();
    await other.close();
  });
});

test.describe('signing in', () => {
  test.use({ storageState: SIGNED_OUT });

  test('wrong passwords are slowed down with a message; a right one signs in, and Sign out ends the session', async ({ page, vault, database }) => {
    const email = `careless-${randomUUID().slice(0, 8)}@contoso.com`;
    const password = `pw-${randomUUID()}`;
    await createUser({ email, name: 'Careless', password }, database);

    await page.goto(vault.grid);
    await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(page, email, 'not-the-password');
      await expect(page.getByRole('alert', { name: 'You are not signed in' })).toContainText('The email address or password is not right.');
    }
    await signIn(page, email, 'still-not-the-password');
    await expect(page.getByRole('alert', { name: 'You are not signed in' })).toContainText(/Too many failed sign-ins\. Wait \d+ seconds, then try again\./);
    // While the wait runs, even the right password is turned away.
    await signIn(page, email, password);
    await expect(page.getByRole('alert', { name: 'You are not signed in' })).toContainText('Too many failed sign-ins');

    const owner = e2eAccounts().Owner;
    await signIn(page, owner.email, owner.password);
    await expect(page.getByRole('button', { name: `Account: ${owner.email}` })).toBeVisible();
    await page.goto(vault.grid);
    await page.getByRole('button', { name: `Account: ${owner.email}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto(vault.grid);
    await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
  });
});
