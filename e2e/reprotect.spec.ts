import { expect, type Page } from '@playwright/test';
import { gridRow, itemId, latestNotification, openReprotectBlade, test } from './demo-vault';

async function choose(page: Page, field: string, option: string) {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: new RegExp(`^${option}`) }).click();
  await expect(page.getByRole('combobox', { name: field })).toHaveText(option);
}

test.describe('Re-Protect a failed-over VM', () => {
  test('reprotects a Windows VM end to end, from the grid context menu to a queued job', async ({ page, vault }) => {
    await page.goto(`${vault.grid}?q=erp-app-01`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'erp-app-01' }) });
    await row.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Re-Protect' }).click();
    const blade = page.getByRole('dialog', { name: 'Re-Protect erp-app-01' });
    await expect(blade).toBeVisible();
    await expect(page).toHaveURL(/[?&]reprotect=/);
    await expect(blade.getByRole('textbox', { name: 'Direction' })).toHaveValue('Azure to On-premises');

    await choose(page, 'Master target server', 'mt-win-02');
    await choose(page, 'Process server', 'ps-azure-weu-01');
    await choose(page, 'Datastore', 'ds-vmfs-02');
    await expect(page.getByRole('combobox', { name: 'Retention drive' })).toHaveText('R:');
    await expect(blade.getByLabel('Failback policy')).toContainText('15 minutes');

    await blade.getByRole('button', { name: 'Validate' }).click();
    await expect(blade.getByRole('region', { name: 'Validation result' })).toContainText('Validation passed');

    await blade.getByRole('button', { name: 'OK' }).click();
    await expect(blade).toBeHidden();
    await expect(page).not.toHaveURL(/reprotect=/);
    await expect(latestNotification(page)).toContainText('Reprotect started');
    await expect(latestNotification(page).getByRole('link', { name: 'Track its progress in Jobs' })).toHaveAttribute(
      'href',
      new RegExp(`${vault.overview}/jobs/.+`),
    );
    await expect(row).toBeFocused();
    await expect(row).not.toContainText('Failover committed');
  });

  test('a Linux VM cannot pick a Windows master target, and sees why', async ({ page, vault }) => {
    await openReprotectBlade(page, vault, 'web-nginx-01');
    await page.getByRole('combobox', { name: 'Master target server' }).click();
    const windowsMt = page.getByRole('option', { name: /^cs-contoso-01/ });
    await expect(windowsMt).toHaveAttribute('aria-disabled', 'true');
    await expect(windowsMt).toContainText('a Linux VM needs a Linux master target');
    await expect(page.getByRole('option', { name: /^mt-lnx-01/ })).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('pre-selects the default retention drive and shows why other volumes are not eligible', async ({ page, vault }) => {
    const blade = await openReprotectBlade(page, vault, 'dc-01');
    await choose(page, 'Master target server', 'cs-contoso-01');
    await expect(page.getByRole('combobox', { name: 'Retention drive' })).toHaveText('R:');
    await page.getByRole('combobox', { name: 'Retention drive' }).click();
    await expect(page.getByRole('option', { name: /^F:/ })).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByRole('option', { name: /^F:/ })).toContainText('FAT32');
    await expect(page.getByRole('option', { name: /^C:/ })).toContainText('cache volume');
    await page.keyboard.press('Escape');
    await blade.getByText(/Why \d+ volumes can’t be used/).click();
    await expect(blade.getByRole('list', { name: 'Unavailable volumes' })).toContainText('Z: has no capacity');
  });

  test('refuses an existing VM whose datastore is read-only on the master target host', async ({ page, vault }) => {
    const blade = await openReprotectBlade(page, vault, 'file-02');
    await choose(page, 'Master target server', 'cs-contoso-01');
    await expect(blade.locator('[data-reason-code="SOURCE_DATASTORE_NOT_WRITABLE"]').first()).toContainText(
      'ds-vmfs-02 is mounted read-only on esx-01.contoso.local',
    );
    await choose(page, 'Process server', 'ps-azure-weu-01');
    await choose(page, 'Datastore', 'ds-vmfs-01');
    await blade.getByRole('button', { name: 'OK' }).click();
    await expect(blade.getByRole('alert', { name: 'Reprotect was refused' })).toContainText('read-only');
    await expect(blade).toBeVisible();
    await expect(latestNotification(page)).toHaveCount(0);
  });

  test('a VM deleted on-premises is recovered to an alternate location beside the master target', async ({ page, vault }) => {
    const blade = await openReprotectBlade(page, vault, 'legacy-app-01');
    await choose(page, 'Master target server', 'cs-contoso-01');
    await expect(blade.locator('[data-reason-code="DATASTORE_ALTERNATE_LOCATION"]')).toContainText(
      'A new VM will be created in vCenter on esx-01.contoso.local',
    );
  });

  test('an existing VM is told the datastore choice is ignored', async ({ page, vault }) => {
    const blade = await openReprotectBlade(page, vault, 'dc-01');
    await choose(page, 'Master target server', 'cs-contoso-01');
    await expect(blade.locator('[data-reason-code="DATASTORE_IGNORED"]')).toContainText('this choice is ignored');
  });

  test('a VM in a replication group is sent to its recovery plan', async ({ page, vault }) => {
    const blade = await openReprotectBlade(page, vault, 'fin-app-01');
    const reason = blade.locator('[data-reason-code="ITEM_IN_REPLICATION_GROUP"]');
    await expect(reason).toContainText('can only be reprotected through a recovery plan (rp-finance)');
    await expect(reason.getByRole('link', { name: 'Open recovery plan' })).toHaveAttribute('href', new RegExp(`${vault.overview}/recovery-plans/.+`));
    await expect(blade.getByRole('button', { name: 'OK' })).toBeDisabled();
  });

  test('the command is disabled, with the reason, for a failover that is not committed', async ({ page, vault }) => {
    await page.goto(`${vault.grid}?q=crm-app-01`);
    await page.getByRole('row').filter({ has: page.getByRole('link', { name: 'crm-app-01' }) }).click();
    const command = page.getByRole('toolbar', { name: 'Replicated items commands' }).getByRole('button', { name: 'Re-Protect' });
    await expect(command).toHaveAttribute('aria-disabled', 'true');
    await command.hover();
    await expect(page.getByRole('tooltip')).toContainText('not committed');
  });

  test('reloading the blade URL restores it', async ({ page, vault }) => {
    await openReprotectBlade(page, vault, 'dc-01');
    await page.reload();
    await expect(page.getByRole('dialog', { name: 'Re-Protect dc-01' })).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`${vault.grid}$`));
  });

  test('the whole blade can be completed with the keyboard alone', async ({ page, vault }) => {
    const blade = await openReprotectBlade(page, vault, 'erp-app-02');
    const tabTo = async (name: string) => {
      const target = page.getByRole('combobox', { name });
      for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
    };
    const pick = async (name: string, option: string) => {
      await tabTo(name);
      await page.keyboard.press('Enter');
      for (let i = 0; i < 20; i += 1) {
        const active = page.getByRole('option', { name: new RegExp(`^${option}`) });
        if ((await active.getAttribute('data-activedescendant-focusvisible')) !== null) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await expect(page.getByRole('combobox', { name })).toHaveText(option);
    };
    await pick('Master target server', 'mt-win-02');
    await pick('Process server', 'ps-azure-weu-01');
    await pick('Datastore', 'ds-vmfs-03');
    await expect(page.getByRole('combobox', { name: 'Retention drive' })).toHaveText('R:');
    const ok = blade.getByRole('button', { name: 'OK' });
    for (let i = 0; i < 30 && !(await ok.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect(ok).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(blade).toBeHidden();
    await expect(latestNotification(page)).toContainText('A job now replicates erp-app-02');
    await expect(gridRow(page, 'erp-app-02')).toBeFocused();
  });
});

test('a closed blade goes at once, gives focus back and opens again while the page underneath is still on its way', async ({ page, vault }) => {
  const blade = await openReprotectBlade(page, vault, 'dc-01');
  // The page underneath is held on its way until released, as a busy server would.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === vault.grid && !url.searchParams.has('reprotect'),
    async (route) => {
      if (route.request().headers()['rsc']) await held;
      await route.continue();
    },
  );
  await blade.getByRole('button', { name: 'Cancel' }).click();
  await expect(blade).toBeHidden();
  await expect(gridRow(page, 'dc-01')).toBeFocused();
  await expect(page).toHaveURL(/[?&]reprotect=/);

  // Opened again before the page underneath has arrived, the same blade shows again.
  await gridRow(page, 'dc-01').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Re-Protect' }).click();
  await expect(blade).toBeVisible();
  release();
  await blade.getByRole('button', { name: 'Cancel' }).click();
  await expect(blade).toBeHidden();
  await expect(page).not.toHaveURL(/reprotect=/);
  await expect(gridRow(page, 'dc-01')).toBeFocused();
});

test('a closed blade gives focus back when the page underneath arrives as a full page load', async ({ page, vault }) => {
  const blade = await openReprotectBlade(page, vault, 'dc-01');
  // The router loads the page whole when its fetch fails, as on a flaky network.
  await page.route(
    (url) => url.pathname === vault.grid && !url.searchParams.has('reprotect'),
    (route) => (route.request().headers()['rsc'] ? route.abort() : route.continue()),
  );
  const fullLoad = page.waitForEvent('load');
  await blade.getByRole('button', { name: 'Cancel' }).click();
  await fullLoad;
  await expect(page).not.toHaveURL(/reprotect=/);
  await expect(gridRow(page, 'dc-01')).toBeFocused();
});

test('the item page offers Re-Protect in its command bar and opens the blade over itself', async ({ page, vault }) => {
  const id = await itemId(page, vault, 'dc-01');
  await page.goto(`${vault.grid}/${id}`);
  await expect(page.getByRole('heading', { name: 'dc-01' })).toBeVisible();
  await expect(page.getByTestId('item-status')).toHaveText('Failover committed');
  await page.getByRole('toolbar', { name: 'Replicated item commands' }).getByRole('button', { name: 'Re-Protect' }).click();
  await expect(page).toHaveURL(new RegExp(`${vault.grid}/${id}\\?reprotect=${id}`));
  const blade = page.getByRole('dialog', { name: 'Re-Protect dc-01' });
  await expect(blade).toBeVisible();

  // Started from the item's page, the blade gives focus back to the command it was opened with.
  await choose(page, 'Master target server', 'cs-contoso-01');
  await choose(page, 'Process server', 'ps-azure-weu-01');
  await choose(page, 'Datastore', 'ds-vmfs-01');
  await blade.getByRole('button', { name: 'OK' }).click();
  await expect(blade).toBeHidden();
  await expect(latestNotification(page)).toContainText('A job now replicates dc-01');
  await expect(page.getByRole('toolbar', { name: 'Replicated item commands' }).getByRole('button', { name: 'Re-Protect' })).toBeFocused();
});
