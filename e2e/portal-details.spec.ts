import { expect } from '@playwright/test';
import { planId, test } from './demo-vault';

test('counts read in the singular for one: a one-disk machine of a plan has "1 disk"', async ({ page, vault }) => {
  await page.goto(`${vault.plans}/${await planId(page, vault, 'rp-web-tier')}?reprotect=1`);
  const blade = page.getByRole('dialog', { name: 'Re-Protect rp-web-tier' });
  const row = blade.getByRole('group', { name: 'web-iis-01' });
  await expect(row.getByRole('heading')).toContainText('· 1 disk');
  await expect(row.getByRole('heading')).not.toContainText('1 disks');
  await expect(blade.getByRole('group', { name: 'erp-app-01' })).toHaveCount(0);
});

test("the overview's jobs bar is drawn to scale: the failed part is failed jobs over all jobs of the day", async ({ page, vault }) => {
  await page.goto(vault.overview);
  const tile = page.getByRole('region', { name: 'Site Recovery jobs' });
  const caption = await tile.getByText(/^Last 24 hours · \d+ jobs?$/).textContent();
  const total = Number(/· (\d+) job/.exec(caption ?? '')![1]);
  const failedLink = tile.getByRole('link', { name: /^Failed \d+$/ });
  const failed = Number(/(\d+)$/.exec((await failedLink.textContent()) ?? '')![1]);
  expect(failed).toBeGreaterThan(0);
  expect(total).toBeGreaterThan(failed);

  const bar = tile.locator('[data-bar="Jobs by status"]');
  const [barBox, failedBox] = await Promise.all([bar.boundingBox(), bar.locator('[data-segment="failed"]').boundingBox()]);
  expect(failedBox!.width / barBox!.width).toBeCloseTo(failed / total, 2);
});

test("a recovery plan's breadcrumb ends with the plan's name, and the next page's does not keep it", async ({ page, vault }) => {
  await page.goto(`${vault.plans}/${await planId(page, vault, 'rp-finance')}`);
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb).toMatchAriaSnapshot(`
    - list:
      - listitem:
        - link "Home"
      - listitem:
        - link "${vault.name}"
      - listitem:
        - link "Recovery plans"
      - listitem: rp-finance
  `);
  await expect(breadcrumb.getByText('rp-finance')).toHaveAttribute('aria-current', 'page');

  await page.getByRole('navigation', { name: `${vault.name} menu` }).getByRole('link', { name: 'Jobs' }).click();
  await expect(page).toHaveURL(new RegExp(`${vault.jobs}$`));
  await expect(breadcrumb.getByRole('listitem').last()).toHaveText('Jobs');
  await expect(breadcrumb).not.toContainText('rp-finance');
});

test('with no link to the site at all, the Connectivity page says so instead of advising about an S2S VPN', async ({ page, vault }) => {
  await page.goto(`/lab/${vault.name}`);
  const form = page.getByRole('form', { name: 'Site connectivity' });
  await form.getByRole('switch', { name: 'Site-to-site VPN connected' }).uncheck();
  await form.getByRole('switch', { name: 'ExpressRoute circuit connected' }).uncheck();
  await form.getByRole('combobox', { name: 'ExpressRoute peering' }).click();
  await page.getByRole('option', { name: 'None' }).click();
  await form.getByRole('button', { name: 'Apply network change' }).click();
  await expect(form.getByRole('status')).toContainText("The site's network changed.");

  await page.goto(`${vault.overview}/infrastructure/connectivity`);
  const meaning = page.getByRole('region', { name: 'What this means for reprotect' });
  await expect(meaning).toContainText('Blocked');
  await expect(meaning).toContainText('None until a failback network is connected');
  await expect(meaning).toContainText('there is no S2S VPN and no ExpressRoute private peering');
  await expect(meaning).not.toContainText('With only an S2S VPN');
});

test('lab buttons name the action they take, not the state it leads to', async ({ page, vault }) => {
  await page.goto(`/lab/${vault.name}`);
  const vms = page.getByRole('table', { name: 'Failed-over VMs' });
  await page.getByRole('textbox', { name: 'Filter VMs by name' }).fill('app-newboot-01');
  const newboot = vms.getByRole('row', { name: 'app-newboot-01' });
  await newboot.getByRole('button', { name: 'Register agent' }).click();
  await expect(page.getByRole('status')).toContainText('Mobility agent registered with the configuration server.');
  await expect(newboot.getByRole('button', { name: 'Unregister agent' })).toBeVisible();

  await page.getByRole('list', { name: 'Master targets in the lab' }).getByRole('link', { name: 'mt-win-notools' }).click();
  await page.getByRole('button', { name: 'Install VMware tools' }).click();
  await expect(page.getByRole('status')).toContainText('VMware tools installed on mt-win-notools');
  await expect(page.getByRole('button', { name: /VMware tools installed/ })).toHaveCount(0);
});
