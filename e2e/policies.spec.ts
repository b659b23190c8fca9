import { expect } from '@playwright/test';
import { test } from './demo-vault';

test.describe('Policies', () => {
  test('creating a forward policy creates its read-only failback policy (15 minutes, 24 hours, 60 minutes)', async ({ page, vault }) => {
    const name = `e2e-policy-${Date.now().toString(36)}`;
    await page.goto(`${vault.overview}/policies`);
    await page.getByRole('toolbar', { name: 'Policies commands' }).getByRole('button', { name: 'Create policy' }).click();
    const blade = page.getByRole('dialog', { name: 'Create policy' });
    await expect(blade).toBeVisible();
    await expect(page).toHaveURL(/[?&]create=forward/);

    await blade.getByRole('textbox', { name: 'Name' }).fill(name);
    await blade.getByRole('spinbutton', { name: 'RPO threshold' }).fill('10');
    await blade.getByRole('button', { name: 'Create' }).click();
    await expect(blade.getByRole('spinbutton', { name: 'RPO threshold' })).toHaveAccessibleDescription(/RPO threshold must be between 15 and 240 minutes/);

    await blade.getByRole('spinbutton', { name: 'RPO threshold' }).fill('30');
    await blade.getByRole('spinbutton', { name: 'Recovery point retention' }).fill('60');
    await blade.getByRole('spinbutton', { name: 'App-consistent snapshot frequency' }).fill('120');
    await blade.getByRole('button', { name: 'Create' }).click();
    await expect(blade.getByRole('spinbutton', { name: 'App-consistent snapshot frequency' })).toHaveAccessibleDescription(
      /cannot be longer than the recovery point retention/,
    );

    await blade.getByRole('spinbutton', { name: 'Recovery point retention' }).fill('2880');
    await blade.getByRole('button', { name: 'Create' }).click();
    await expect(blade.getByText('Policy created')).toBeVisible();
    await blade.getByText('Close', { exact: true }).click();
    await expect(page).not.toHaveURL(/create=/);

    const table = page.getByRole('table', { name: 'Replication policies' });
    const forward = table.getByRole('row').filter({ hasText: name }).filter({ hasText: 'Forward (VMware to Azure)' });
    await expect(forward).toContainText('30 minutes');
    await expect(forward).toContainText('48 hours');
    const failback = table.getByRole('row').filter({ hasText: `${name}-failback` }).filter({ hasText: 'Failback (Azure to on-premises)' });
    await expect(failback).toContainText('Failback (Azure to on-premises)');
    await expect(failback).toContainText('15 minutes');
    await expect(failback).toContainText('24 hours');
    await expect(failback).toContainText('60 minutes');
    await expect(failback).toContainText(`Failback of ${name}`);
    await expect(failback).toContainText('Read-only: created with its forward policy');
    await expect(failback.getByRole('button')).toHaveCount(0);
    await expect(failback.getByRole('link')).toHaveCount(0);

    const listed = await page.request.get(`${vault.api}/policies`);
    const { policies } = (await listed.json()) as { policies: { id: string; friendlyName: string }[] };
    const failbackId = policies.find((policy) => policy.friendlyName === `${name}-failback`)?.id;
    expect(failbackId).toBeTruthy();

    const edit = await page.request.patch(`${vault.api}/policies/${failbackId}`, { data: { recoveryPointThresholdInMinutes: 30 } });
    expect(edit.status()).toBe(409);
    expect(((await edit.json()) as { error: string }).error).toContain('The failback policy is not editable');
    const removal = await page.request.delete(`${vault.api}/policies/${failbackId}`);
    expect(removal.status()).toBe(409);

    const after = await page.request.get(`${vault.api}/policies/${failbackId}`);
    expect(await after.json()).toMatchObject({ recoveryPointThresholdInMinutes: 15, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60 });
  });

  test('edits a forward policy’s settings with the same checks; its failback policy opens read-only', async ({ page, vault }) => {
    await page.goto(`${vault.overview}/policies`);
    const table = page.getByRole('table', { name: 'Replication policies' });
    await table.getByRole('link', { name: 'Edit settings of 24-hour-retention-policy' }).click();
    const blade = page.getByRole('dialog', { name: 'Edit settings of 24-hour-retention-policy' });
    await expect(blade).toBeVisible();
    await expect(page).toHaveURL(/[?&]edit=/);
    const retention = blade.getByRole('spinbutton', { name: 'Recovery point retention' });
    await expect(retention).toHaveValue('1440');

    await retention.fill('30');
    await blade.getByRole('button', { name: 'Save' }).click();
    await expect(blade.getByRole('spinbutton', { name: 'App-consistent snapshot frequency' })).toHaveAccessibleDescription(
      /cannot be longer than the recovery point retention/,
    );
    await retention.fill('4320');
    await blade.getByRole('button', { name: 'Save' }).click();
    await expect(blade.getByText('Settings saved')).toBeVisible();
    await expect(blade.getByRole('button', { name: 'Save' })).toBeDisabled();
    await blade.getByText('Close', { exact: true }).click();
    await expect(page).not.toHaveURL(/edit=/);
    const forward = table.getByRole('row').filter({ hasText: 'Forward (VMware to Azure)' }).filter({ hasText: '24-hour-retention-policy' });
    await expect(forward).toContainText('72 hours');
    const failback = table.getByRole('row').filter({ hasText: 'Failback (Azure to on-premises)' }).filter({ hasText: '24-hour-retention-policy-failback' });
    await expect(failback).toContainText('24 hours');

    // A hand-made link to the failback policy's settings opens them read-only, with the reason.
    const listed = (await (await page.request.get(`${vault.api}/policies`)).json()) as { policies: { id: string; friendlyName: string }[] };
    const failbackId = listed.policies.find((policy) => policy.friendlyName === '24-hour-retention-policy-failback')!.id;
    await page.goto(`${vault.overview}/policies?edit=${failbackId}`);
    const readOnly = page.getByRole('dialog', { name: 'Edit settings of 24-hour-retention-policy-failback' });
    await expect(readOnly).toContainText('The failback policy is not editable');
    await expect(readOnly.getByRole('button', { name: 'Save' })).toHaveCount(0);
  });
});
