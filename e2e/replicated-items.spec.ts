import { expect, type Locator, type Page } from '@playwright/test';
import { chooseFilter, shownFilter, test } from './demo-vault';

function grid(page: Page): Locator {
  return page.getByRole('grid', { name: 'Replicated items' });
}

/** Body rows: each one links to its item, the header row does not. */
function itemRows(page: Page): Locator {
  return grid(page).getByRole('row').filter({ has: page.getByRole('link') });
}

async function itemNames(page: Page): Promise<string[]> {
  return itemRows(page).getByRole('link').allInnerTexts();
}

async function expectSettled(page: Page) {
  await expect(grid(page)).not.toHaveAttribute('aria-busy', 'true');
}

test.describe('Replicated items grid', () => {
  test('opens from the vault menu and lists the seeded VMs', async ({ page, vault }) => {
    await page.goto(`${vault.overview}`);
    const menu = page.getByRole('navigation', { name: `${vault.name} menu` });
    await menu.getByRole('link', { name: 'Replicated items' }).click();

    await expect(page).toHaveURL(new RegExp(`${vault.grid}$`));
    await expect(menu.getByRole('link', { name: 'Replicated items' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Replicated items');
    await expect(itemRows(page)).toHaveCount(25);
    await expect(page.getByText(/Showing 1 - 25 of \d+/)).toBeVisible();

    await page.getByRole('searchbox', { name: 'Name' }).fill('fin-sql-01');
    await expect(itemRows(page)).toHaveCount(1);
    const row = itemRows(page).first();
    await expect(row.getByRole('link', { name: 'fin-sql-01' })).toHaveAttribute('href', new RegExp(`${vault.grid}/.+`));
    await expect(row).toContainText('Windows Server 2016');
  });

  test('filters by name, status and OS, and restores the filters after a reload', async ({ page, vault }) => {
    await page.goto(vault.grid);

    await page.getByRole('searchbox', { name: 'Name' }).fill('web');
    await expect(page).toHaveURL(/[?&]q=web(&|$)/);
    await expectSettled(page);
    await expect(itemRows(page).first()).toBeVisible();
    await expect(itemRows(page).filter({ hasNot: page.getByRole('link', { name: /web/ }) })).toHaveCount(0);
    await expect(grid(page).getByRole('link', { name: 'web-iis-01' })).toBeVisible();

    await chooseFilter(page, 'OS type', 'Linux');
    await expect(page).toHaveURL(/[?&]os=Linux(&|$)/);
    await expectSettled(page);
    await expect(grid(page).getByRole('link', { name: 'web-nginx-01' })).toBeVisible();
    await expect(itemRows(page).filter({ hasNotText: 'Linux' })).toHaveCount(0);

    await chooseFilter(page, 'Status', 'Failover committed');
    await expect(page).toHaveURL(/[?&]state=UnplannedFailoverCommitted(&|$)/);
    await expectSettled(page);
    await expect(itemRows(page).filter({ hasNotText: 'Failover committed' })).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Name' })).toHaveValue('web');
    await expect(shownFilter(page, 'OS type')).toHaveText('Linux');
    await expect(shownFilter(page, 'Status')).toHaveText('Failover committed');
    await expect(grid(page).getByRole('link', { name: 'web-nginx-01' })).toBeVisible();
    await expect(grid(page).getByRole('link', { name: 'web-iis-01' })).toHaveCount(0);

    await page.getByRole('search').getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(new RegExp(`${vault.grid}$`));
    await expect(itemRows(page)).toHaveCount(25);
  });

  test('filters by a status that has few items', async ({ page, vault }) => {
    await page.goto(vault.grid);
    await chooseFilter(page, 'Status', 'Failover completed');
    await expect(page).toHaveURL(/[?&]state=UnplannedFailoverCommitPendingStatesBegin(&|$)/);
    await expectSettled(page);
    await expect(grid(page).getByRole('link', { name: 'crm-app-01' })).toBeVisible();
    await expect(itemRows(page).filter({ hasNotText: 'Failover completed' })).toHaveCount(0);
  });

  test('shows an empty state that clears the filters', async ({ page, vault }) => {
    await page.goto(`${vault.grid}?q=no-such-vm`);
    await expect(page.getByText('No replicated items match these filters')).toBeVisible();
    await expect(itemRows(page)).toHaveCount(0);
    await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).last().click();
    await expect(itemRows(page)).toHaveCount(25);
  });

  test('sorts by name descending and pages forward and back', async ({ page, vault }) => {
    await page.goto(vault.grid);
    const nameHeader = grid(page).getByRole('columnheader', { name: 'Name' });
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');

    await nameHeader.getByRole('button').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/[?&]sort=name&dir=desc/);
    await expectSettled(page);
    await expect
      .poll(async () => {
        const names = await itemNames(page);
        return names.length > 1 && names.every((name, i) => i === 0 || names[i - 1]!.localeCompare(name) >= 0);
      })
      .toBe(true);
    const firstOfPageOne = (await itemNames(page))[0]!;

    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await pagination.getByRole('button', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(pagination.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText(/Showing 26 - \d+ of \d+/)).toBeVisible();
    await expect(grid(page).getByRole('link', { name: firstOfPageOne, exact: true })).toHaveCount(0);

    await pagination.getByRole('button', { name: 'Previous' }).click();
    await expect(page).not.toHaveURL(/[?&]page=/);
    await expect(page.getByText(/Showing 1 - 25 of \d+/)).toBeVisible();
    await expect(itemRows(page).first().getByRole('link')).toHaveText(firstOfPageOne);

    await page.reload();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(itemRows(page).first().getByRole('link')).toHaveText(firstOfPageOne);
  });

  test('selects a row with the keyboard and opens its context menu', async ({ page, vault }) => {
    await page.goto(vault.grid);
    const first = itemRows(page).first();
    const second = itemRows(page).nth(1);

    await first.click();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(second).toBeFocused();
    await page.keyboard.press('Space');
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(first).toHaveAttribute('aria-selected', 'true');

    await second.click({ button: 'right' });
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('menuitem', { name: 'Open' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menuitem', { name: 'Open' })).toHaveCount(0);
  });

  test('the command bar is one tab stop, with the arrow keys between its commands', async ({ page, vault }) => {
    await page.goto(vault.grid);
    const bar = page.getByRole('toolbar', { name: 'Replicated items commands' });
    const refresh = bar.getByRole('button', { name: 'Refresh' });
    const reprotect = bar.getByRole('button', { name: 'Re-Protect' });
    await expect(reprotect).toHaveAttribute('tabindex', '-1');
    await refresh.focus();
    await page.keyboard.press('ArrowRight');
    await expect(reprotect).toBeFocused();
    await expect(reprotect).toHaveAttribute('tabindex', '0');
    await expect(refresh).toHaveAttribute('tabindex', '-1');
    // Tab leaves the bar for the filters instead of walking through every command.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('searchbox', { name: 'Name' })).toBeFocused();
  });

  test('overview status counts link to the filtered grid', async ({ page, vault }) => {
    await page.goto(`${vault.overview}`);
    const tile = page.getByRole('region', { name: 'Replicated items' });
    await tile.getByRole('link', { name: /Failover completed/ }).click();
    await expect(page).toHaveURL(/state=UnplannedFailoverCommitPendingStatesBegin/);
    await expect(shownFilter(page, 'Status')).toHaveText('Failover completed');
    await expect(itemRows(page).filter({ hasNotText: 'Failover completed' })).toHaveCount(0);
  });
});
