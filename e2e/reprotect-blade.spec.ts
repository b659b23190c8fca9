import { expect, type Locator, type Page } from '@playwright/test';
import { gridRow, latestNotification, openReprotectBlade, test } from './demo-vault';

async function choose(page: Page, field: string, option: string) {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: new RegExp(`^${option}`) }).click();
  await expect(page.getByRole('combobox', { name: field })).toHaveText(option);
}

/** Every element of the blade whose box sticks out of the blade's sides, described for the failure message. */
function overflowing(blade: Locator): Promise<string[]> {
  return blade.evaluate((dialog) => {
    const bounds = dialog.getBoundingClientRect();
    const out: string[] = [];
    for (const element of dialog.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < bounds.left - 1 || box.right > bounds.right + 1) {
        out.push(`${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]} ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
    const scrollers = [...dialog.querySelectorAll<HTMLElement>('*')].filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible');
    return [...out, ...scrollers.map((element) => `scrolls sideways: ${element.className.split(' ')[0]}`)];
  });
}

// The VMs whose blades say the most: an alternate-location recovery on a second master target,
// a replication group member sent to its plan, an agent that has not registered yet.
const LONGEST_MESSAGES = [
  { vm: 'bi-etl-01', masterTarget: 'mt-win-02', reason: 'DATASTORE_ALTERNATE_LOCATION', link: null },
  { vm: 'fin-app-01', masterTarget: null, reason: 'ITEM_IN_REPLICATION_GROUP', link: 'Open recovery plan' },
  { vm: 'app-newboot-01', masterTarget: null, reason: 'ITEM_AGENT_NOT_REGISTERED', link: null },
  { vm: 'file-02', masterTarget: 'cs-contoso-01', reason: 'SOURCE_DATASTORE_NOT_WRITABLE', link: 'View datastore' },
];

// One blade per test: four blades in a row take most of a test's time on a busy machine.
for (const width of [1280, 1920]) {
  for (const { vm, masterTarget, reason, link } of LONGEST_MESSAGES) {
    test(`${vm}'s ${reason} message wraps inside the blade at ${width} px`, async ({ page, vault }) => {
      await page.setViewportSize({ width, height: 900 });
      const blade = await openReprotectBlade(page, vault, vm);
      if (masterTarget) await choose(page, 'Master target server', masterTarget);
      const message = blade.locator(`[data-reason-code="${reason}"]`).first();
      await expect(message).toBeVisible();
      expect(await overflowing(blade), `${vm}: elements outside the blade`).toEqual([]);
      if (link) await expect(message.getByRole('link', { name: link })).toBeInViewport();
    });
  }
}

test('the master target list opens under its field, as wide as it, inside the blade', async ({ page, vault }) => {
  const blade = await openReprotectBlade(page, vault, 'bi-etl-01');
  const field = page.getByRole('combobox', { name: 'Master target server' });
  await field.click();
  const list = page.getByRole('listbox');
  await expect(list.getByRole('option', { name: /^mt-win-02/ })).toBeVisible();
  const [fieldBox, listBox, bladeBox] = await Promise.all([field.boundingBox(), list.boundingBox(), blade.boundingBox()]);
  expect(listBox!.y).toBeGreaterThanOrEqual(fieldBox!.y + fieldBox!.height - 1);
  expect(Math.abs(listBox!.x - fieldBox!.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(listBox!.width - fieldBox!.width)).toBeLessThanOrEqual(2);
  expect(listBox!.x).toBeGreaterThanOrEqual(bladeBox!.x);
  expect(listBox!.y + listBox!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
});

test('after OK the blade closes, a notification says the reprotect started, and focus is back on the row', async ({ page, vault }) => {
  const blade = await openReprotectBlade(page, vault, 'dc-01');
  await choose(page, 'Master target server', 'cs-contoso-01');
  await choose(page, 'Process server', 'ps-azure-weu-01');
  await choose(page, 'Datastore', 'ds-vmfs-01');
  await blade.getByRole('button', { name: 'OK' }).click();

  // One outcome: no blade re-judging its own new job, one notification, announced.
  await expect(blade).toBeHidden();
  await expect(page.getByText('is already being reprotected')).toHaveCount(0);
  const row = gridRow(page, 'dc-01');
  await expect(row).toBeFocused();
  await expect(page.getByRole('banner')).toMatchAriaSnapshot(`
    - button "Notifications, 1 new"
    - status: Reprotect started. A job now replicates dc-01 from Azure to the on-premises site.
    - region /New notification/:
      - paragraph: Reprotect started
      - button /Dismiss notification/
      - paragraph: A job now replicates dc-01 from Azure to the on-premises site.
      - link "Track its progress in Jobs"
  `);
  await expect(latestNotification(page).getByRole('link')).toHaveAttribute('href', new RegExp(`${vault.jobs}/.+`));

  // The keyboard is not lost: the grid goes on from the row, and the bell keeps the notification.
  await page.keyboard.press('ArrowUp');
  await expect(gridRow(page, 'dc-01')).not.toBeFocused();
  const bell = page.getByRole('button', { name: 'Notifications, 1 new' });
  await bell.click();
  const pane = page.getByRole('region', { name: 'Notifications' });
  await expect(pane.getByRole('list', { name: 'Notifications' }).getByRole('listitem')).toHaveCount(1);
  await expect(pane).toContainText('A job now replicates dc-01');
  await expect(page.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(pane).toBeHidden();
  await expect(page.getByRole('button', { name: 'Notifications', exact: true })).toBeFocused();
});

test("a disabled command of a row's context menu reads its reason, not only in a tooltip", async ({ page, vault }) => {
  await page.goto(`${vault.grid}?q=crm-app-01`);
  await gridRow(page, 'crm-app-01').click({ button: 'right' });
  const command = page.getByRole('menuitem', { name: 'Re-Protect' });
  await expect(command).toHaveAccessibleDescription('crm-app-01 has failed over to Azure, and the failover is not committed. Commit the failover, then reprotect.');
  await expect(command).not.toHaveAttribute('title');
  await expect(page.getByRole('menu')).toMatchAriaSnapshot(`
    - menu:
      - menuitem "Open"
      - menuitem "Re-Protect" [disabled]:
        - text: /not committed/
  `);
});

test('a blocker shown before OK is tied to its field, and the disabled OK says why', async ({ page, vault }) => {
  const blade = await openReprotectBlade(page, vault, 'file-02');
  await choose(page, 'Master target server', 'cs-contoso-01');
  const datastore = blade.getByRole('combobox', { name: 'Datastore' });
  await expect(datastore).toHaveAttribute('aria-invalid', 'true');
  await expect(datastore).toHaveAccessibleDescription(/ds-vmfs-02 is mounted read-only on esx-01\.contoso\.local/);
  await expect(blade).toMatchAriaSnapshot(`
    - combobox "Datastore" [invalid]
    - alert:
      - text: /ds-vmfs-02 is mounted read-only/
      - link "View datastore"
  `);

  const grouped = await openReprotectBlade(page, vault, 'fin-app-01');
  const ok = grouped.getByRole('button', { name: 'OK' });
  await expect(ok).toBeDisabled();
  await expect(ok).toHaveAccessibleDescription(/can only be reprotected through a recovery plan \(rp-finance\)/);
  await ok.focus();
  await expect(ok).toBeFocused();
});
