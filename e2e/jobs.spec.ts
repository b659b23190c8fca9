import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseFilter, itemId, latestNotification, shownFilter, test, type DemoVault } from './demo-vault';
import { e2eAccounts } from './accounts';
import { setAzureVmRunning, submitDemoReprotect } from './job-fixtures';

const REPROTECT_TASKS = [
  'Prerequisites check for reprotect',
  'Preparing the master target server',
  'Identifying the on-premises disks',
  'Starting reverse replication',
  'Synchronizing the disks',
  'Finalizing protection',
];

async function choose(page: Page, field: string, option: string) {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: new RegExp(`^${option}`) }).click();
  await expect(page.getByRole('combobox', { name: field })).toHaveText(option);
}

/** Re-Protect through the blade, then follow its notification's link to the job; returns the job's blade. */
async function reprotectAndOpenJob(page: Page, vault: DemoVault, name: string, choices: { masterTarget: string; datastore: string }): Promise<Locator> {
  await page.goto(`${vault.grid}?reprotect=${await itemId(page, vault, name)}`);
  const reprotect = page.getByRole('dialog', { name: `Re-Protect ${name}` });
  await expect(reprotect).toBeVisible();
  await choose(page, 'Master target server', choices.masterTarget);
  await choose(page, 'Process server', 'ps-azure-weu-01');
  await choose(page, 'Datastore', choices.datastore);
  await expect(page.getByRole('combobox', { name: 'Retention drive' })).toHaveText('R:');
  await reprotect.getByRole('button', { name: 'OK' }).click();
  await latestNotification(page).getByRole('link', { name: 'Track its progress in Jobs' }).click();

  await expect(page).toHaveURL(new RegExp(`${vault.jobs}\\?job=`));
  const blade = page.getByRole('dialog', { name: `Reprotect job for ${name}` });
  await expect(blade).toBeVisible();
  return blade;
}

function jobsGrid(page: Page): Locator {
  return page.getByRole('grid', { name: 'Jobs' });
}

/** The job's status in the blade's essentials (the tasks table has statuses of its own). */
function jobStatus(blade: Locator, status: string): Locator {
  return blade.getByRole('definition').filter({ hasText: new RegExp(`^${status}$`) });
}

async function progressOf(blade: Locator): Promise<number> {
  const text = await blade.getByText(/^\d+% complete$/).textContent();
  return Number(text?.match(/\d+/)?.[0] ?? Number.NaN);
}

async function expectItemStatus(page: Page, vault: DemoVault, name: string, status: string) {
  await page.goto(`${vault.grid}?q=${name}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row).toContainText(status);
}

test.describe('Jobs', () => {
  test('a reprotect runs to Successful with live progress, and the item becomes Protected', async ({ page, vault }) => {
    const blade = await reprotectAndOpenJob(page, vault, 'dc-02', { masterTarget: 'mt-win-02', datastore: 'ds-vmfs-02' });
    // The blade polls: the progress it shows moves on by itself until the job succeeds.
    const firstSeen = await progressOf(blade);
    expect(firstSeen).toBeLessThan(100);
    const tasks = blade.getByRole('table', { name: 'Job tasks' });
    await expect(tasks.getByRole('row')).toHaveCount(REPROTECT_TASKS.length + 1);
    for (const [index, task] of REPROTECT_TASKS.entries()) await expect(tasks.getByRole('row').nth(index + 1)).toContainText(task);
    await expect(jobStatus(blade, 'Successful')).toBeVisible({ timeout: 30_000 });
    await expect(blade.getByText('100% complete')).toBeVisible();
    await expect(tasks.getByRole('row').filter({ hasText: 'Successful' })).toHaveCount(REPROTECT_TASKS.length);
    await expect(blade.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await expect(blade.getByRole('button', { name: 'Restart' })).toBeDisabled();

    await blade.getByRole('button', { name: 'Close' }).click();
    await expect(page).toHaveURL(new RegExp(`${vault.jobs}$`));
    await page.getByRole('searchbox', { name: 'Item' }).fill('dc-02');
    const row = jobsGrid(page).getByRole('row').filter({ hasText: 'dc-02' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Reprotect');
    await expect(row).toContainText('Successful');
    await expect(row).toContainText(/\d{2}:\d{2}:\d{2}/);

    await expectItemStatus(page, vault, 'dc-02', 'Protected');
  });

  test('cancelling a running reprotect puts the item back to Failover committed', async ({ page, vault }) => {
    const blade = await reprotectAndOpenJob(page, vault, 'hr-db-01', { masterTarget: 'cs-contoso-01', datastore: 'ds-vsan-01' });
    const cancel = blade.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeEnabled();
    await cancel.click();

    const cancelled = blade.getByRole('status').filter({ hasText: 'Cancellation requested' });
    const tooLate = blade.getByRole('alert').filter({ hasText: 'Cancel was refused' });
    await expect(cancelled.or(tooLate)).toBeVisible();
    await expect(cancel).toBeDisabled();
    if (await tooLate.isVisible()) {
      // The job finished between the click and the request: the vault refuses, and says so.
      await expect(jobStatus(blade, 'Successful')).toBeVisible();
      return;
    }
    await expect(jobStatus(blade, 'Cancelled')).toBeVisible({ timeout: 30_000 });
    await expect(blade.getByRole('table', { name: 'Job tasks' }).getByRole('row').filter({ hasText: 'Cancelled' }).first()).toBeVisible();
    await page.mouse.move(0, 0);
    await cancel.hover();
    await expect(page.getByRole('tooltip')).toContainText('This job was cancelled');

    await expectItemStatus(page, vault, 'hr-db-01', 'Failover committed');
  });

  test('filters by status and shows the failed reprotect’s error, with Restart offered', async ({ page, vault }) => {
    await page.goto(vault.jobs);
    await chooseFilter(page, 'Status', 'Failed');
    await expect(page).toHaveURL(/[?&]status=Failed(&|$)/);
    await expect(jobsGrid(page)).not.toHaveAttribute('aria-busy', 'true');
    await expect(jobsGrid(page).getByRole('row').filter({ hasNotText: 'Failed' })).toHaveCount(1); // the header row

    const row = jobsGrid(page).getByRole('row').filter({ hasText: 'app-stopped-01' });
    await row.click();
    await expect(page).toHaveURL(/[?&]job=/);
    const blade = page.getByRole('dialog', { name: 'Reprotect job for app-stopped-01' });
    const error = blade.getByRole('listitem', { name: 'Error 78093' });
    await expect(error).toContainText('The VM is not running, in a hung state, or not accessible.');
    await expect(error).toContainText('Start the Azure virtual machine, then restart the reprotect job.');
    await expect(error).toContainText('Starting reverse replication');
    await expect(blade.getByRole('button', { name: 'Restart' })).toBeEnabled();
    await expect(blade.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await expect(blade.getByRole('link', { name: 'app-stopped-01' })).toHaveAttribute('href', `${vault.grid}?q=app-stopped-01`);

    // The blade has its own URL: a reload shows it again over the same filtered list.
    await page.reload();
    await expect(page.getByRole('dialog', { name: 'Reprotect job for app-stopped-01' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`${vault.jobs}\\?status=Failed$`));
  });

  test('Back walks through the blades and the filters as they were', async ({ page, vault }) => {
    await page.goto(vault.jobs);
    const failedRow = jobsGrid(page).getByRole('row').filter({ hasText: 'app-stopped-01' }).filter({ hasText: 'Failed' });
    await failedRow.click();
    const blade = page.getByRole('dialog', { name: 'Reprotect job for app-stopped-01' });
    await expect(blade).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(blade).toHaveCount(0);
    await chooseFilter(page, 'Status', 'Successful');
    await expect(page).toHaveURL(new RegExp(`${vault.jobs}\\?status=Succeeded$`));
    await expect(jobsGrid(page)).not.toHaveAttribute('aria-busy', 'true');
    await expect(failedRow).toHaveCount(0);

    // Back to the open blade, then to the list as it was before the filter: unfiltered.
    await page.goBack();
    await expect(blade).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${vault.jobs}$`));
    await expect(shownFilter(page, 'Status')).toHaveText('All');
    await expect(failedRow).toBeVisible();
  });

  test('exports the filtered jobs of every page as CSV', async ({ page, vault }) => {
    await page.goto(`${vault.jobs}?status=Failed&q=app-stopped`);
    const downloading = page.waitForEvent('download');
    await page.getByRole('toolbar', { name: 'Jobs commands' }).getByRole('link', { name: 'Export to CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^jobs-${vault.name}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Name,Item,Type,Status,Progress (%),Start time (UTC),End time (UTC),Duration,Job ID,Attempts,Part of job ID');
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^Reprotect,app-stopped-01,Reprotect,Failed,/)]);
  });

  test('the overview counts failed jobs and links to them', async ({ page, vault }) => {
    await page.goto(`${vault.overview}`);
    const tile = page.getByRole('region', { name: 'Site Recovery jobs' });
    await tile.getByRole('link', { name: /^Failed\s*\d+$/ }).click();
    await expect(page).toHaveURL(new RegExp(`${vault.jobs}\\?status=Failed&range=24h$`));
    await expect(shownFilter(page, 'Time range')).toHaveText('Last 24 hours');
    await expect(jobsGrid(page).getByRole('row').filter({ hasText: 'app-stopped-01' })).toBeVisible();
  });

  test('Restart keeps the failed attempt, labelled as such, and the grid counts the attempts', async ({ page, vault, database }) => {
    // The operator starts the stopped Azure VM (outside the portal), then restarts the failed reprotect.
    await setAzureVmRunning(database, vault.name, 'app-stopped-01', true);
    await page.goto(vault.jobs);
    const row = jobsGrid(page).getByRole('row').filter({ hasText: 'app-stopped-01' });
    await row.click();
    const blade = page.getByRole('dialog', { name: 'Reprotect job for app-stopped-01' });
    await expect(blade.getByRole('listitem', { name: 'Error 78093', exact: true })).toBeVisible();
    await blade.getByRole('button', { name: 'Restart' }).click();
    await expect(jobStatus(blade, 'Successful')).toBeVisible({ timeout: 30_000 });

    // The job reports its current attempt: no error of its own, the first three tasks kept from attempt 1.
    await expect(blade.getByRole('definition').filter({ hasText: /^2 of 2$/ })).toBeVisible();
    // Restarted by the signed-in Contributor this test runs as.
    await expect(blade.getByRole('definition').filter({ hasText: `${e2eAccounts().Contributor.email} via Portal` })).toBeVisible();
    await expect(blade.getByRole('heading', { name: 'Tasks of attempt 2' })).toBeVisible();
    await expect(blade.getByRole('table', { name: 'Job tasks' }).getByText('Kept from attempt 1')).toHaveCount(3);
    await expect(blade.getByRole('listitem', { name: 'Error 78093', exact: true })).toHaveCount(0);

    // The first attempt is kept as it ended, its error labelled with its number.
    const earlier = blade.getByRole('region', { name: 'Earlier attempts' });
    const first = earlier.getByText(/^Attempt 1 · Failed · Error 78093/);
    await expect(first).toContainText('Started by — via Portal');
    await first.click();
    const oldError = earlier.getByRole('listitem', { name: 'Error 78093 of attempt 1' });
    await expect(oldError).toContainText('The VM is not running, in a hung state, or not accessible.');
    await expect(oldError).toContainText('Starting reverse replication');
    await expect(earlier.getByRole('table', { name: 'Tasks of attempt 1' }).getByRole('row').filter({ hasText: 'Failed' })).toContainText('Starting reverse replication');

    await page.keyboard.press('Escape');
    await expect(row.getByRole('gridcell').nth(3)).toHaveText('2');
    await expect(row).toContainText('Successful');
  });

  test('new jobs appear while the grid is open, and the operator keeps the filters, the focused row and the scroll position', async ({ page, vault, database }) => {
    await page.setViewportSize({ width: 1280, height: 560 });
    await page.goto(`${vault.jobs}?range=30d`);
    const grid = jobsGrid(page);
    const oldest = grid.getByRole('row').filter({ hasText: 'sp-app-01' });
    await expect(oldest).toBeVisible();
    // Everything on the page has finished: the grid still polls, for new jobs.
    await expect(grid.getByRole('row').filter({ hasText: 'In progress' })).toHaveCount(0);

    const main = page.getByRole('main');
    await main.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await oldest.focus();
    const scrolledTo = await main.evaluate((element) => element.scrollTop);
    expect(scrolledTo).toBeGreaterThan(0);
    const before = (await oldest.boundingBox())!;

    // Another operator reprotects dc-01: the job appears here without Refresh.
    await submitDemoReprotect(database, vault.name, 'dc-01');
    await expect(grid.getByRole('row').filter({ hasText: 'dc-01' })).toHaveCount(1);

    await expect(oldest).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`${vault.jobs}\\?range=30d$`));
    await expect(shownFilter(page, 'Time range')).toHaveText('Last 30 days');
    const after = (await oldest.boundingBox())!;
    expect(Math.abs(after.y - before.y)).toBeLessThanOrEqual(1);
    expect(await main.evaluate((element) => element.scrollTop)).toBeGreaterThanOrEqual(scrolledTo);
  });
});
