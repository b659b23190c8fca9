import { expect, type Locator, type Page } from '@playwright/test';
import { openReprotectBlade, test } from './demo-vault';

async function pick(page: Page, form: Locator, field: string, option: string | RegExp) {
  await form.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
}

async function fill(form: Locator, field: string, value: string) {
  await form.getByRole('textbox', { name: field, exact: true }).fill(value);
}

test('the lab refuses a Linux PS+MT, registers a Linux master target on its own, and the blade judges its release', async ({ page, vault }) => {
  await page.goto(`/lab/${vault.name}`);
  const form = page.getByRole('form', { name: 'Register a master target' });
  await fill(form, 'Server name', 'mt-lnx-07');
  await fill(form, 'IP address', '10.10.1.77');
  await pick(page, form, 'ESXi host', /^esx-01\.contoso\.local/);
  await pick(page, form, 'Operating system type', 'Linux');
  await fill(form, 'Distribution', 'Ubuntu');
  await fill(form, 'Version', '16.04');
  // The kernel of 18.04 on a 16.04 release (hardware enablement): still the older release.
  await fill(form, 'Kernel version', '4.15.0');
  await form.getByRole('button', { name: 'Remove volume 2' }).click();
  await fill(form, 'Volume 1', '/');
  await pick(page, form, 'File system', 'ext4');
  const combined = form.getByRole('switch', { name: 'Install the process server with it (PS+MT)' });
  await combined.check();
  await form.getByRole('button', { name: 'Register master target' }).click();
  await expect(combined).toHaveAccessibleDescription(/installed by the configuration server setup, which runs on Windows only/);
  await expect(page.getByRole('list', { name: 'Master targets in the lab' })).not.toContainText('mt-lnx-07');

  await combined.uncheck();
  await form.getByRole('button', { name: 'Register master target' }).click();
  await expect(form.getByRole('status')).toContainText('The master target is installed and registered');
  await expect(page.getByRole('list', { name: 'Master targets in the lab' }).getByRole('link', { name: 'mt-lnx-07' })).toBeVisible();

  await page.goto(`${vault.overview}/infrastructure/master-targets`);
  await expect(page.getByRole('table', { name: 'Master target servers' }).getByRole('row').filter({ hasText: 'mt-lnx-07' })).toContainText(
    'Ubuntu 16.04 (kernel 4.15.0)',
  );

  // An Ubuntu 18.04 VM: the new master target's kernel is as new, its release is not.
  await openReprotectBlade(page, vault, 'jenkins-01');
  await page.getByRole('combobox', { name: 'Master target server' }).click();
  const option = page.getByRole('option', { name: /^mt-lnx-07/ });
  await expect(option).toHaveAttribute('aria-disabled', 'true');
  await expect(option.locator('[data-reason-code="MT_OS_OLDER_THAN_VM"]')).toContainText("mt-lnx-07 runs Ubuntu 16.04, older than the VM's Ubuntu 18.04.");
  await expect(page.getByRole('option', { name: /^mt-lnx-01/ })).not.toHaveAttribute('aria-disabled', 'true');
});

test.describe('before the browser has taken the page over', () => {
  // The server's HTML as the browser shows it until hydration: a click on it would be lost.
  test.use({ javaScriptEnabled: false });

  test("the lab's changes are off, so that a first click is not silently lost", async ({ page, vault }) => {
    await page.goto(`/lab/${vault.name}`);
    const register = page.getByRole('form', { name: 'Register a master target' }).getByRole('button', { name: 'Register master target' });
    await expect(register).toBeVisible();
    await expect(register).toBeDisabled();
    const changes = page.getByRole('main').getByRole('button');
    expect(await changes.count()).toBeGreaterThan(5);
    for (const change of await changes.all()) await expect(change).toBeDisabled();
  });
});
