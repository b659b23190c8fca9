import { expect, type Page } from '@playwright/test';
import { openReprotectBlade, test } from './demo-vault';

// Follows a reason from the Re-Protect blade to the server it is about, fixes it in
// the site lab and sees the blade accept the server.


function masterTargetOption(page: Page, name: string) {
  return page.getByRole('option', { name: new RegExp(`^${name}`) });
}

test.describe('Site Recovery infrastructure and the site lab', () => {
  test('a master target without VMware tools: from the blade to its page, fixed in the lab, then selectable', async ({ page, vault }) => {
    const blade = await openReprotectBlade(page, vault, 'erp-db-01');
    await page.getByRole('combobox', { name: 'Master target server' }).click();
    const option = masterTargetOption(page, 'mt-win-notools');
    await expect(option).toHaveAttribute('aria-disabled', 'true');
    await expect(option).toContainText('VMware tools are not installed on mt-win-notools');
    await page.keyboard.press('Escape');

    await blade.getByText(/Why \d+ master target servers can’t be used/).click();
    const entry = blade.getByRole('list', { name: 'Unavailable master target servers' }).getByRole('listitem').filter({ hasText: 'mt-win-notools' });
    await entry.getByRole('link', { name: 'View master target' }).click();

    await expect(page).toHaveURL(new RegExp(`${vault.overview}/infrastructure/master-targets/.+`));
    await expect(page.getByRole('heading', { name: 'mt-win-notools' })).toBeVisible();
    const checks = page.getByRole('table', { name: 'Master target checks' });
    const toolsRow = checks.getByRole('row').filter({ hasText: 'VMware tools' });
    await expect(toolsRow).toContainText('Failed');
    await expect(toolsRow).toContainText('without them the datastores of its ESXi host cannot be detected');
    await expect(checks.getByRole('row').filter({ hasText: 'disk.EnableUUID' })).toContainText('Passed');

    await toolsRow.getByRole('link', { name: 'Fix in the lab' }).click();
    await expect(page.getByText('Site lab — these changes happen in vCenter and on the servers, not in the vault')).toBeVisible();
    await page.getByRole('button', { name: 'Install VMware tools' }).click();
    await expect(page.getByRole('status')).toContainText('VMware tools installed on mt-win-notools');
    await expect(page.getByRole('row').filter({ hasText: 'VMware tools' })).toContainText('Nothing to do');

    await page.getByRole('link', { name: 'See what the vault shows for it' }).click();
    await expect(page.getByRole('table', { name: 'Master target checks' }).getByRole('row').filter({ hasText: 'VMware tools' })).toContainText('Passed');

    await openReprotectBlade(page, vault, 'erp-db-01');
    await page.getByRole('combobox', { name: 'Master target server' }).click();
    await expect(masterTargetOption(page, 'mt-win-notools')).not.toHaveAttribute('aria-disabled', 'true');
    await masterTargetOption(page, 'mt-win-notools').click();
    await expect(page.getByRole('combobox', { name: 'Master target server' })).toHaveText('mt-win-notools');
  });

  test('a master target with snapshots: snapshots deleted and a retention volume added in the lab, then both offered', async ({ page, vault }) => {
    await page.goto(`${vault.overview}/infrastructure/master-targets`);
    const row = page.getByRole('table', { name: 'Master target servers' }).getByRole('row').filter({ hasText: 'mt-win-snap' });
    await expect(row).toContainText('1 check failed');
    await row.getByRole('link', { name: 'mt-win-snap' }).click();
    const snapshotRow = page.getByRole('table', { name: 'Master target checks' }).getByRole('row').filter({ hasText: 'No snapshots' });
    await expect(snapshotRow).toContainText('2 snapshots');
    await snapshotRow.getByRole('link', { name: 'Fix in the lab' }).click();

    await page.getByRole('button', { name: 'Delete all snapshots' }).click();
    await expect(page.getByRole('status')).toContainText('Snapshots deleted on mt-win-snap');

    const addVolume = page.getByRole('form', { name: 'Add a volume' });
    await addVolume.getByRole('textbox', { name: 'New volume' }).fill('R:');
    await addVolume.getByRole('button', { name: 'Add disk and format volume' }).click();
    await expect(addVolume.getByRole('textbox', { name: 'New volume' })).toHaveAccessibleDescription(/mt-win-snap already has a volume R:/);

    await addVolume.getByRole('textbox', { name: 'New volume' }).fill('T:');
    await addVolume.getByRole('spinbutton', { name: 'Free space' }).fill('900');
    await addVolume.getByRole('button', { name: 'Add disk and format volume' }).click();
    await expect(addVolume.getByRole('spinbutton', { name: 'Free space' })).toHaveAccessibleDescription(/Free space cannot be more than the capacity/);
    await addVolume.getByRole('spinbutton', { name: 'Free space' }).fill('400');
    await addVolume.getByRole('button', { name: 'Add disk and format volume' }).click();
    await expect(addVolume.getByRole('status')).toContainText('A new disk is attached and formatted.');
    await expect(page.getByRole('table', { name: 'Volumes of the master target' }).getByRole('row', { name: 'T:' })).toBeVisible();

    const blade = await openReprotectBlade(page, vault, 'erp-db-01');
    await page.getByRole('combobox', { name: 'Master target server' }).click();
    await masterTargetOption(page, 'mt-win-snap').click();
    await page.getByRole('combobox', { name: 'Retention drive' }).click();
    await expect(page.getByRole('option', { name: /^T:/ })).not.toHaveAttribute('aria-disabled', 'true');
    await page.getByRole('option', { name: /^T:/ }).click();
    await expect(blade.getByRole('combobox', { name: 'Retention drive' })).toHaveText('T:');
  });

  test('disk.EnableUUID set in the lab passes the check on the master target page', async ({ page, vault }) => {
    await page.goto(`${vault.overview}/infrastructure/master-targets`);
    await page.getByRole('link', { name: 'mt-win-nouuid' }).click();
    const uuidRow = page.getByRole('table', { name: 'Master target checks' }).getByRole('row').filter({ hasText: 'disk.EnableUUID' });
    await expect(uuidRow).toContainText('Failed');
    await uuidRow.getByRole('link', { name: 'Fix in the lab' }).click();
    await page.getByRole('button', { name: 'Set disk.EnableUUID = TRUE' }).click();
    await expect(page.getByRole('status')).toContainText('disk.EnableUUID set to TRUE on mt-win-nouuid');
    await page.getByRole('link', { name: 'See what the vault shows for it' }).click();
    await expect(page.getByRole('table', { name: 'Master target checks' }).getByRole('row').filter({ hasText: 'disk.EnableUUID' })).toContainText('Passed');
  });

  test('the connectivity page explains what the network means for reprotect', async ({ page, vault }) => {
    await page.goto(`${vault.overview}/infrastructure`);
    await page.getByRole('navigation', { name: 'Site Recovery infrastructure' }).getByRole('link', { name: 'Network connectivity' }).click();
    const meaning = page.getByRole('region', { name: 'What this means for reprotect' });
    await expect(meaning).toContainText('Allowed');
    await expect(meaning).toContainText('S2S VPN');
    await expect(meaning).toContainText('Recommended process server');
    await expect(meaning).toContainText('Azure');
    await expect(page.getByRole('region', { name: 'Site network' })).toContainText('Connected, public peering');
  });

  test('a datastore page tells which hosts mount it and how', async ({ page, vault }) => {
    await page.goto(`${vault.overview}/infrastructure/datastores`);
    await page.getByRole('link', { name: 'ds-vmfs-02' }).click();
    await expect(page.getByRole('heading', { name: 'ds-vmfs-02' })).toBeVisible();
    const mounts = page.getByRole('table', { name: 'Hosts mounting the datastore' });
    await expect(mounts.getByRole('row').filter({ hasText: 'esx-01.contoso.local' })).toContainText('Read-only');
    await expect(mounts.getByRole('row').filter({ hasText: 'esx-02.contoso.local' })).toContainText('Read-write');
  });
});
