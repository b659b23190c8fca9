import { expect, type Locator, type Page } from '@playwright/test';
import { chooseFilter, latestNotification, planId, test } from './demo-vault';
import { setAzureVmRunning, submitDemoPlanReprotect } from './job-fixtures';

// rp-finance: fin-sql-01, fin-app-01 and fin-web-01 (replication group rg-finance), fin-report-01 and fin-batch-01.
const FINANCE = ['fin-batch-01', 'fin-app-01', 'fin-report-01', 'fin-sql-01', 'fin-web-01'];

async function choose(page: Page, row: Locator, field: string, option: string) {
  await row.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: new RegExp(`^${option}`) }).click();
  await expect(row.getByRole('combobox', { name: field })).toHaveText(option);
}

async function fillAll(page: Page, blade: Locator, field: string, option: string) {
  await blade.getByRole('button', { name: `Apply a ${field} to all rows` }).click();
  await page.getByRole('menuitem', { name: option, exact: true }).click();
}

test.describe('Recovery plans', () => {
  test('lists the plans and opens one with its groups, machines and replication group', async ({ page, vault }) => {
    await page.goto(`${vault.overview}`);
    await page.getByRole('navigation', { name: `${vault.name} menu` }).getByRole('link', { name: 'Recovery plans' }).click();
    await expect(page).toHaveURL(new RegExp(`${vault.plans}$`));
    const plans = page.getByRole('table', { name: 'Recovery plans' });
    const finance = plans.getByRole('row').filter({ has: page.getByRole('link', { name: 'rp-finance' }) });
    await expect(finance).toContainText('5');
    await expect(finance).toContainText('rg-finance');
    await expect(plans.getByRole('link', { name: 'rp-web-tier' })).toBeVisible();

    await finance.getByRole('link', { name: 'rp-finance' }).click();
    await expect(page.getByRole('heading', { name: 'rp-finance' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'All groups shutdown' })).toBeVisible();
    const boot = page.getByRole('table', { name: 'Machines of Group 1: Start' });
    await expect(boot.getByRole('row')).toHaveCount(6);
    const sql = boot.getByRole('row', { name: 'fin-sql-01' });
    await expect(sql.getByText('rg-finance')).toBeVisible();
    await expect(boot.getByRole('row', { name: 'fin-report-01' })).not.toContainText('rg-finance');
  });

  test('the single-VM Re-Protect of a replication group member sends the operator to the plan', async ({ page, vault }) => {
    const items = await page.request.get(`${vault.api}/replicated-items?q=fin-sql-01`);
    const { items: found } = (await items.json()) as { items: { id: string; name: string }[] };
    const sqlId = found.find((item) => item.name === 'fin-sql-01')!.id;
    await page.goto(`${vault.overview}/replicated-items?reprotect=${sqlId}`);
    const blade = page.getByRole('dialog', { name: 'Re-Protect fin-sql-01' });
    const reason = blade.locator('[data-reason-code="ITEM_IN_REPLICATION_GROUP"]');
    await expect(reason).toContainText('replication group rg-finance');
    await expect(reason).toContainText('rp-finance');
    await expect(blade.getByRole('button', { name: 'OK' })).toBeDisabled();
    await reason.getByRole('link', { name: 'Open recovery plan' }).click();
    await expect(page).toHaveURL(`${vault.plans}/${await planId(page, vault, 'rp-finance')}`);
    await expect(page.getByRole('heading', { name: 'rp-finance' })).toBeVisible();
  });

  test('reprotects rp-finance end to end: one master target for the group, values per machine, live progress', async ({ page, vault }) => {
    test.setTimeout(120_000);
    await page.goto(`${vault.plans}/${await planId(page, vault, 'rp-finance')}`);
    await page.getByRole('toolbar', { name: 'Recovery plan commands' }).getByRole('button', { name: 'Re-Protect' }).click();
    await expect(page).toHaveURL(/[?&]reprotect=1/);
    const blade = page.getByRole('dialog', { name: 'Re-Protect rp-finance' });
    await expect(blade.getByRole('textbox', { name: 'Direction' })).toHaveValue('Azure to On-premises');
    const row = (name: string) => blade.getByRole('group', { name });
    for (const name of FINANCE) await expect(row(name)).toBeVisible();
    await expect(blade.getByLabel('Failback policy')).toContainText('15 minutes');

    // Two members of rg-finance on different master targets: refused on both rows.
    await choose(page, row('fin-sql-01'), 'Master target server', 'cs-contoso-01');
    await choose(page, row('fin-app-01'), 'Master target server', 'mt-win-02');
    for (const name of ['fin-sql-01', 'fin-app-01']) {
      await expect(row(name).locator('[data-reason-code="MT_GROUP_MISMATCH"]')).toContainText('common point in time');
    }
    await blade.getByRole('button', { name: 'OK' }).click();
    await expect(blade.getByRole('alert').filter({ hasText: 'Reprotect is not possible yet' })).toContainText('cannot be reprotected with these values');

    // One master target for all; fin-report-01's disks are on ds-vmfs-02, read-only on esx-01.
    await fillAll(page, blade, 'master target server', 'cs-contoso-01');
    await expect(blade.getByRole('status')).toContainText('set for 5 of 5 machines');
    await expect(blade.locator('[data-reason-code="MT_GROUP_MISMATCH"]')).toHaveCount(0);
    await expect(row('fin-report-01')).toContainText('ds-vmfs-02 is mounted read-only on esx-01.contoso.local');
    await choose(page, row('fin-report-01'), 'Master target server', 'mt-win-02');

    await fillAll(page, blade, 'process server', 'ps-azure-weu-01');
    await fillAll(page, blade, 'datastore', 'ds-vmfs-01');
    await expect(blade.getByRole('status')).toContainText('set for 4 of 5 machines');
    await expect(blade.getByRole('list', { name: 'Machines not changed' })).toContainText('Not set for fin-report-01: ds-vmfs-01 is mounted read-only');
    await choose(page, row('fin-report-01'), 'Datastore', 'ds-vmfs-02');
    for (const name of FINANCE) await expect(row(name).getByRole('combobox', { name: 'Retention drive' })).toHaveText('R:');

    await blade.getByRole('button', { name: 'OK' }).click();
    await expect(blade).toBeHidden();
    await expect(page).not.toHaveURL(/reprotect=/);
    await expect(latestNotification(page)).toContainText('A job now replicates 5 machines of rp-finance');
    await expect(page.getByRole('toolbar', { name: 'Recovery plan commands' }).getByRole('button', { name: 'Re-Protect' })).toBeFocused();

    // The plan page follows the plan job and each machine's job until all are protected.
    const last = page.getByLabel('Last operation');
    await expect(last).toContainText(/In progress|Not started/);
    const boot = page.getByRole('table', { name: 'Machines of Group 1: Start' });
    await expect(boot.getByRole('row', { name: 'fin-sql-01' })).toContainText(/Reprotect in progress|Protected/);
    await expect(last).toContainText('Successful', { timeout: 60_000 });
    await expect(last).toContainText('Completed');
    for (const name of FINANCE) await expect(boot.getByRole('row', { name })).toContainText('Protected');
    await expect(page.getByRole('toolbar', { name: 'Recovery plan commands' }).getByRole('button', { name: 'Re-Protect' })).toBeDisabled();

    // The plan's job lists its machines, each linking to the machine's own job, which links back.
    await last.getByRole('link', { name: 'View job' }).click();
    const planJob = page.getByRole('dialog', { name: 'Reprotect job for rp-finance' });
    const machines = planJob.getByRole('table', { name: 'Machine jobs' });
    for (const name of FINANCE) await expect(machines.getByRole('row', { name })).toContainText('Successful');
    await machines.getByRole('link', { name: 'fin-sql-01' }).click();
    const sqlJob = page.getByRole('dialog', { name: 'Reprotect job for fin-sql-01' });
    await expect(sqlJob).toBeVisible();
    await sqlJob.getByRole('link', { name: 'rp-finance job' }).click();
    await expect(planJob).toBeVisible();

    // In the Jobs grid the machine jobs are listed beside the plan's, and the plan filter keeps exactly those.
    await page.keyboard.press('Escape');
    await chooseFilter(page, 'Recovery plan', 'rp-finance');
    await expect(page).toHaveURL(new RegExp(`[?&]plan=${await planId(page, vault, 'rp-finance')}`));
    const grid = page.getByRole('grid', { name: 'Jobs' });
    await expect(grid.getByRole('row')).toHaveCount(1 + 1 + FINANCE.length);
    await expect(grid.getByRole('row').filter({ hasText: '5 machines' })).toContainText('rp-finance');
    await expect(grid.getByRole('row').filter({ hasText: 'Part of rp-finance' })).toHaveCount(FINANCE.length);
  });

  test('the plan job shows each machine’s job live, and a failed machine’s error with a link to its job', async ({ page, vault, database }) => {
    test.setTimeout(120_000);
    // fin-batch-01's Azure VM is shut down: its reprotect fails with 78093, the others succeed.
    await setAzureVmRunning(database, vault.name, 'fin-batch-01', false);
    const planJobId = await submitDemoPlanReprotect(database, vault.name, 'rp-finance', {
      'fin-report-01': { masterTarget: 'mt-win-02', datastore: 'ds-vmfs-02' },
    });
    await page.goto(`${vault.jobs}?job=${planJobId}`);
    const blade = page.getByRole('dialog', { name: 'Reprotect job for rp-finance' });
    await expect(blade.getByRole('term').filter({ hasText: /^Machines$/ }).locator('xpath=following-sibling::dd[1]')).toHaveText('5');
    const machines = blade.getByRole('table', { name: 'Machine jobs' });
    await expect(machines.getByRole('row')).toHaveCount(1 + FINANCE.length);

    const batch = machines.getByRole('row', { name: 'fin-batch-01' });
    await expect(batch).toContainText('Failed', { timeout: 60_000 });
    await expect(batch).toContainText('Error 78093: The VM is not running, in a hung state, or not accessible.');
    for (const name of FINANCE.filter((machine) => machine !== 'fin-batch-01')) {
      await expect(machines.getByRole('row', { name })).toContainText('Successful', { timeout: 60_000 });
    }
    await expect(blade.getByRole('definition').filter({ hasText: /^Failed$/ })).toBeVisible();
    await expect(blade.getByRole('listitem', { name: 'Error RecoveryPlanReprotectIncomplete' })).toContainText('failed: fin-batch-01');

    await batch.getByRole('link', { name: 'fin-batch-01' }).click();
    const machineJob = page.getByRole('dialog', { name: 'Reprotect job for fin-batch-01' });
    await expect(machineJob.getByRole('listitem', { name: 'Error 78093', exact: true })).toContainText('Restart the Azure VM so that it can communicate back to on-premises');
    await expect(machineJob.getByRole('button', { name: 'Restart' })).toBeEnabled();
    await machineJob.getByRole('link', { name: 'rp-finance job' }).click();
    await expect(blade).toBeVisible();
  });
});
