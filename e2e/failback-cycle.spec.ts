import { expect, type Locator, type Page } from '@playwright/test';
import { storageStateOf } from './accounts';
import { gridRow, itemId, latestNotification, planId, test, type DemoVault } from './demo-vault';

// The whole failback cycle, as an operator runs it: reprotect → failover from Azure →
// commit → reprotect to Azure, for one VM and for a recovery plan, watching each job.

async function choose(page: Page, scope: Locator | Page, field: string, option: string) {
  await scope.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: new RegExp(`^${option}`) }).click();
  await expect(scope.getByRole('combobox', { name: field })).toHaveText(option);
}

/**
 * After OK: the blade has closed and a notification says what started. Follows its link to the
 * job and watches it until it ends in `status`; returns the job blade.
 */
async function watchJob(page: Page, vault: DemoVault, blade: Locator, job: string, status: 'Successful' | 'Failed') {
  await expect(blade).toBeHidden();
  const notification = latestNotification(page);
  await expect(notification).toContainText(/(Reprotect|Failover|Commit) started/);
  await notification.getByRole('link', { name: /^Track (its progress in Jobs|the job)$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${vault.jobs}\\?job=`));
  const jobBlade = page.getByRole('dialog', { name: job });
  await expect(jobBlade).toBeVisible();
  await expect(jobBlade.getByRole('definition').filter({ hasText: new RegExp(`^${status}$`) })).toBeVisible({ timeout: 60_000 });
  return jobBlade;
}

async function openItem(page: Page, vault: DemoVault, name: string) {
  await page.goto(`${vault.grid}/${await itemId(page, vault, name)}`);
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

// rp-finance: fin-sql-01, fin-app-01 and fin-web-01 (replication group rg-finance), fin-report-01 and fin-batch-01.
const FINANCE = ['fin-batch-01', 'fin-app-01', 'fin-report-01', 'fin-sql-01', 'fin-web-01'];

async function fillAll(page: Page, blade: Locator, field: string, option: string) {
  await blade.getByRole('button', { name: `Apply a ${field} to all rows` }).click();
  await page.getByRole('menuitem', { name: option, exact: true }).click();
}

const itemCommand = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Replicated item commands' }).getByRole('button', { name, exact: true });

test.describe('The failback cycle', () => {
  test('takes dc-02 around the whole cycle: reprotect, failover from Azure, commit, reprotect to Azure', async ({ page, vault }) => {
    test.setTimeout(240_000);
    // 1. Re-Protect from Azure to on-premises, from the grid's context menu.
    await page.goto(`${vault.grid}?q=dc-02`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'dc-02' }) });
    await row.click({ button: 'right' });
    await expect(page.getByRole('menuitem', { name: 'Failover' })).toHaveAttribute('aria-disabled', 'true');
    await page.getByRole('menuitem', { name: 'Re-Protect' }).click();
    const reprotect = page.getByRole('dialog', { name: 'Re-Protect dc-02' });
    await choose(page, page, 'Master target server', 'mt-win-02');
    await choose(page, page, 'Process server', 'ps-azure-weu-01');
    await choose(page, page, 'Datastore', 'ds-vmfs-02');
    await reprotect.getByRole('button', { name: 'OK' }).click();
    await watchJob(page, vault, reprotect, 'Reprotect job for dc-02', 'Successful');

    // 2. Failover from Azure to on-premises, from the item's command bar.
    await openItem(page, vault, 'dc-02');
    await expect(page.getByTestId('item-status')).toHaveText('Protected');
    await expect(page.getByRole('region', { name: 'Recovery points' }).getByTestId('recovery-point-count')).toBeVisible();
    await itemCommand(page, 'Failover').click();
    const failover = page.getByRole('dialog', { name: 'Failover dc-02' });
    await expect(failover.getByRole('textbox', { name: 'Failover direction' })).toHaveValue('From Azure to on-premises');
    await expect(failover.getByRole('radio', { name: /Latest processed/ })).toBeChecked();
    await failover.getByRole('radio', { name: /Latest app-consistent/ }).check();
    await expect(failover.locator('[data-recovery-point="LatestTag"]')).toContainText(/changes lost against the latest point|No changes lost/);
    await expect(failover.locator('[data-reason-code="FAILBACK_VMWARE_TOOLS"]')).toContainText('VMware tools');
    await expect(failover.locator('[data-reason-code="FAILBACK_AZURE_VM_SHUTDOWN"]')).toContainText('dc-02-azure is shut down first');
    await failover.getByRole('button', { name: 'OK' }).click();
    // One outcome, as for Re-Protect: the blade closes, focus goes back to the command, a notification links to the job.
    await expect(failover).toBeHidden();
    await expect(itemCommand(page, 'Failover')).toBeFocused();
    await expect(latestNotification(page)).toContainText('A job now shuts down dc-02-azure in Azure and brings dc-02 up on-premises.');
    const failoverJob = await watchJob(page, vault, failover, 'Failover job for dc-02', 'Successful');
    await expect(failoverJob.getByRole('table', { name: 'Job tasks' })).toContainText('Enabling VMware tools on the virtual machine');

    // The VM runs on-premises; the Azure VM still exists, shut down, until the commit.
    await openItem(page, vault, 'dc-02');
    await expect(page.getByTestId('item-status')).toHaveText('Failover completed');
    await expect(page.getByRole('region', { name: 'Essentials' })).toContainText('On-premises');
    await expect(page.getByTestId('azure-vm')).toHaveText('dc-02-azure (shut down)');
    await expect(page.getByText('The failover waits for its commit')).toBeVisible();

    // 3. Commit: it says what it removes, then deletes the Azure VM.
    await itemCommand(page, 'Commit').click();
    const commit = page.getByRole('dialog', { name: 'Commit dc-02' });
    await expect(commit.getByText('What commit removes')).toBeVisible();
    await expect(commit).toContainText('Commit deletes the failed-over VM dc-02-azure in Azure (now shut down)');
    await commit.getByRole('button', { name: 'OK' }).click();
    await watchJob(page, vault, commit, 'Commit job for dc-02', 'Successful');
    await openItem(page, vault, 'dc-02');
    await expect(page.getByTestId('item-status')).toHaveText('Failover committed');
    await expect(page.getByTestId('azure-vm')).toHaveText('dc-02-azure (deleted when the failover was committed)');

    // 4. Re-Protect to Azure: right after the boot the agent has not registered, and the job says to wait and retry.
    await itemCommand(page, 'Re-Protect').click();
    const toAzure = page.getByRole('dialog', { name: 'Re-Protect dc-02' });
    await expect(toAzure.getByRole('textbox', { name: 'Direction' })).toHaveValue('On-premises to Azure');
    await expect(toAzure.getByLabel('Replication policy')).toContainText('24-hour-retention-policy');
    await expect(toAzure.locator('[data-reason-code="ITEM_AGENT_NOT_REGISTERED"]')).toContainText('wait and retry');
    await expect(toAzure.getByRole('combobox', { name: 'Process server' })).toHaveText('cs-contoso-01');
    await toAzure.getByRole('button', { name: 'OK' }).click();
    const failed = await watchJob(page, vault, toAzure, 'Reprotect job for dc-02', 'Failed');
    await expect(failed.getByRole('listitem', { name: 'Error MobilityAgentNotRegistered' })).toContainText('Wait up to 15 minutes');

    // The lab fast-forwards the registration; Restart resumes the job, which now succeeds.
    const jobUrl = page.url();
    await page.goto(`/lab/${vault.name}`);
    await page.getByRole('table', { name: 'VMs failing back' }).getByRole('row', { name: 'dc-02' }).getByRole('button', { name: 'Agent registered now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Agent registered with the configuration server.' })).toBeVisible();
    await page.goto(jobUrl);
    const restarted = page.getByRole('dialog', { name: 'Reprotect job for dc-02' });
    await restarted.getByRole('button', { name: 'Restart' }).click();
    await expect(restarted.getByRole('definition').filter({ hasText: /^Successful$/ })).toBeVisible({ timeout: 60_000 });

    await openItem(page, vault, 'dc-02');
    await expect(page.getByTestId('item-status')).toHaveText('Protected');
    await expect(page.getByRole('region', { name: 'Essentials' })).toContainText('On-premises');
    await expect(page.getByRole('region', { name: 'Replication to Azure' })).toContainText('cs-contoso-01');
    await expect(itemCommand(page, 'Failover')).toBeDisabled();
  });

  test('takes recovery plan rp-finance around the whole cycle, a row per machine, with its replication group', async ({ page, vault }) => {
    test.setTimeout(300_000);
    const planPage = `${vault.plans}/${await planId(page, vault, 'rp-finance')}`;
    const planCommand = (name: string) => page.getByRole('toolbar', { name: 'Recovery plan commands' }).getByRole('button', { name, exact: true });
    const boot = page.getByRole('table', { name: 'Machines of Group 1: Start' });

    // 1. Re-Protect the plan to on-premises: one master target for the group, fin-report-01 on esx-02's.
    await page.goto(planPage);
    await expect(planCommand('Failover')).toBeDisabled();
    await planCommand('Re-Protect').click();
    const reprotect = page.getByRole('dialog', { name: 'Re-Protect rp-finance' });
    const row = (name: string) => reprotect.getByRole('group', { name });
    await fillAll(page, reprotect, 'master target server', 'cs-contoso-01');
    await choose(page, row('fin-report-01'), 'Master target server', 'mt-win-02');
    await fillAll(page, reprotect, 'process server', 'ps-azure-weu-01');
    await fillAll(page, reprotect, 'datastore', 'ds-vmfs-01');
    await choose(page, row('fin-report-01'), 'Datastore', 'ds-vmfs-02');
    await reprotect.getByRole('button', { name: 'OK' }).click();
    await expect(reprotect).toBeHidden();
    await latestNotification(page).getByRole('link', { name: 'Track its progress in Jobs' }).click();
    await expect(page.getByRole('dialog', { name: 'Reprotect job for rp-finance' }).getByRole('definition').filter({ hasText: /^Successful$/ })).toBeVisible({ timeout: 90_000 });

    // 2. Fail the plan over: a row per machine, and the group's common app-consistent point.
    await page.goto(planPage);
    await planCommand('Failover').click();
    const failover = page.getByRole('dialog', { name: 'Failover rp-finance' });
    const machines = failover.getByRole('table', { name: 'Machines to fail over' });
    for (const name of FINANCE) await expect(machines.getByRole('row', { name })).toContainText('Ready');
    await expect(failover.getByRole('list', { name: 'Replication group recovery points' })).toContainText('rg-finance (fin-app-01, fin-sql-01, fin-web-01): common app-consistent point');
    await failover.getByRole('radio', { name: /Latest app-consistent/ }).check();
    await failover.getByRole('button', { name: 'OK' }).click();
    await expect(failover).toBeHidden();
    await expect(planCommand('Failover')).toBeFocused();
    await expect(latestNotification(page)).toContainText('A job now fails 5 machines of rp-finance over from Azure to on-premises.');
    await watchJob(page, vault, failover, 'Failover job for rp-finance', 'Successful');
    await page.goto(planPage);
    for (const name of FINANCE) await expect(boot.getByRole('row', { name })).toContainText('Failover completed');
    await expect(page.getByLabel('Last operation')).toContainText('Failover');

    // 3. Commit the plan.
    await planCommand('Commit').click();
    const commit = page.getByRole('dialog', { name: 'Commit rp-finance' });
    await expect(commit.getByRole('table', { name: 'Machines to commit' }).getByRole('row', { name: 'fin-sql-01' })).toContainText('Commit deletes the failed-over VM fin-sql-01-azure');
    await commit.getByRole('button', { name: 'OK' }).click();
    await watchJob(page, vault, commit, 'Commit job for rp-finance', 'Successful');
    await page.goto(planPage);
    for (const name of FINANCE) await expect(boot.getByRole('row', { name })).toContainText('Failover committed');

    // 4. Re-Protect to Azure: the agents have just booted, so the machines fail and the plan says which.
    await planCommand('Re-Protect').click();
    const toAzure = page.getByRole('dialog', { name: 'Re-Protect rp-finance' });
    await expect(toAzure.getByRole('textbox', { name: 'Direction' })).toHaveValue('On-premises to Azure');
    await choose(page, toAzure, 'Process server for every machine', 'cs-contoso-01');
    await toAzure.getByRole('button', { name: 'OK' }).click();
    const failed = await watchJob(page, vault, toAzure, 'Reprotect job for rp-finance', 'Failed');
    await expect(failed).toContainText('The reprotect of 5 of 5 machines did not succeed');

    // Wait and retry: once the agents have registered (fast-forwarded in the lab), the plan is reprotected again.
    await page.goto(`/lab/${vault.name}`);
    const vms = page.getByRole('table', { name: 'VMs failing back' });
    for (const name of FINANCE) {
      await vms.getByRole('row', { name }).getByRole('button', { name: 'Agent registered now' }).click();
      await expect(vms.getByRole('row', { name })).toContainText('Registered');
    }
    await page.goto(`${planPage}?reprotect=1`);
    await choose(page, toAzure, 'Process server for every machine', 'cs-contoso-01');
    await toAzure.getByRole('button', { name: 'OK' }).click();
    await watchJob(page, vault, toAzure, 'Reprotect job for rp-finance', 'Successful');
    await page.goto(planPage);
    for (const name of FINANCE) await expect(boot.getByRole('row', { name })).toContainText(/Protected\s*On-premises/);
    await expect(planCommand('Re-Protect')).toBeDisabled();
  });
});

test.describe('The failback cycle as a Site Recovery Reader', () => {
  test.use({ storageState: storageStateOf('Reader') });

  test('Failover and Commit are off, in the command bars, the context menu and the blade, with the Operator role they need', async ({ page, vault }) => {
    const needsOperator = `Requires the Site Recovery Operator role on ${vault.name}.`;
    // intranet-01 could fail back and fb-pending-01 be committed, by an Operator.
    await page.goto(`${vault.grid}?q=intranet-01`);
    await gridRow(page, 'intranet-01').click();
    const failover = page.getByRole('toolbar').getByRole('button', { name: 'Failover', exact: true });
    await expect(failover).toBeDisabled();
    await expect(failover).toHaveAccessibleDescription(needsOperator);
    await gridRow(page, 'intranet-01').click({ button: 'right' });
    await expect(page.getByRole('menuitem', { name: /Failover/ })).toHaveAccessibleDescription(needsOperator);
    await page.keyboard.press('Escape');

    await page.goto(`${vault.grid}?q=fb-pending-01`);
    await gridRow(page, 'fb-pending-01').click();
    const commit = page.getByRole('toolbar').getByRole('button', { name: 'Commit', exact: true });
    await expect(commit).toBeDisabled();
    await expect(commit).toHaveAccessibleDescription(needsOperator);

    // The blade opened from its URL shows what a failover would do, but OK says why it is off.
    await page.goto(`${vault.grid}?failover=${await itemId(page, vault, 'intranet-01')}`);
    const blade = page.getByRole('dialog', { name: 'Failover intranet-01' });
    await expect(blade.getByText('You can look at this failover, not start it')).toBeVisible();
    await expect(blade.getByRole('button', { name: 'OK' })).toHaveAccessibleDescription(needsOperator);

    await page.goto(`${vault.plans}/${await planId(page, vault, 'rp-finance')}`);
    const planFailover = page.getByRole('toolbar', { name: 'Recovery plan commands' }).getByRole('button', { name: 'Failover', exact: true });
    await expect(planFailover).toBeDisabled();
    await expect(planFailover).toHaveAccessibleDescription(needsOperator);
  });
});
