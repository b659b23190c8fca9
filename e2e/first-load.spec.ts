import { expect, type Page } from '@playwright/test';
import { gridRow, openReprotectBlade, test } from './demo-vault';

// A page ships the code of its first screen; a blade, a menu or a dialog loads its code when the
// operator first opens it. Each is recognised in the scripts the browser fetched by a text only
// its code holds: the Re-Protect blade's direction hint, Fluent's drawer (every blade) and menu.
const CODE = {
  reprotectBlade: 'Reprotect always replicates from Azure back to the on-premises site.',
  drawer: 'fui-OverlayDrawer',
  menu: 'fui-MenuList',
} as const;

interface Scripts {
  texts: string[];
  /** Resolves once every script fetched so far has been read. */
  settled(): Promise<unknown>;
}

/** Every script the page fetches from now on, as text. */
function recordScripts(page: Page): Scripts {
  const texts: string[] = [];
  const reads: Promise<unknown>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    reads.push(response.text().then((text) => texts.push(text), () => undefined));
  });
  return { texts, settled: () => Promise.all(reads) };
}

const loaded = (scripts: Scripts, code: string) => scripts.texts.some((script) => script.includes(code));

/** The script holding `code` arrives (its body is read after the response event). */
async function expectLoaded(scripts: Scripts, code: string) {
  await expect.poll(() => loaded(scripts, code), { message: `${code} loaded` }).toBe(true);
}

test('Replicated items loads the Re-Protect blade, the drawer and the menus only when the operator opens them', async ({ page, vault }) => {
  const scripts = recordScripts(page);
  await page.goto(vault.grid);
  await expect(gridRow(page, 'dc-01')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await scripts.settled();
  expect(scripts.texts.length).toBeGreaterThan(5);
  for (const code of Object.values(CODE)) expect(loaded(scripts, code), `${code} loaded with the page`).toBe(false);

  // The row's context menu brings the menu's code, and nothing of the blade.
  await gridRow(page, 'dc-01').click({ button: 'right' });
  await expect(page.getByRole('menuitem', { name: 'Re-Protect' })).toBeVisible();
  await expectLoaded(scripts, CODE.menu);
  await scripts.settled();
  expect(loaded(scripts, CODE.reprotectBlade)).toBe(false);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(gridRow(page, 'dc-01')).toBeFocused();

  // Re-Protect from the command bar opens the blade at its own URL with its code fetched then.
  await page.getByRole('toolbar', { name: 'Replicated items commands' }).getByRole('button', { name: 'Re-Protect' }).click();
  const blade = page.getByRole('dialog', { name: 'Re-Protect dc-01' });
  await expect(blade).toBeVisible();
  await expect(page).toHaveURL(/[?&]reprotect=/);
  await expectLoaded(scripts, CODE.reprotectBlade);
  await expectLoaded(scripts, CODE.drawer);
  await expect(blade.getByText(CODE.reprotectBlade)).toBeVisible();
});

test('a Re-Protect blade opened at its own URL comes with the page, and closes back to the grid', async ({ page, vault }) => {
  const scripts = recordScripts(page);
  const blade = await openReprotectBlade(page, vault, 'dc-02');
  await expectLoaded(scripts, CODE.reprotectBlade);
  await page.keyboard.press('Escape');
  await expect(blade).toBeHidden();
  await expect(page).not.toHaveURL(/[?&]reprotect=/);
  await expect(gridRow(page, 'dc-02')).toBeVisible();
});

test('the account menu loads when first opened, works from the keyboard and gives focus back', async ({ page, vault }) => {
  const scripts = recordScripts(page);
  await page.goto(vault.overview);
  const account = page.getByRole('button', { name: /^Account: / });
  await expect(account).toHaveAttribute('aria-expanded', 'false');
  await page.waitForLoadState('networkidle');
  await scripts.settled();
  expect(loaded(scripts, CODE.menu)).toBe(false);

  await account.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  await expect(account).toHaveAttribute('aria-expanded', 'true');
  await expectLoaded(scripts, CODE.menu);
  await expect(page.getByRole('menu')).toMatchAriaSnapshot(`
    - menu:
      - link "Access tokens":
        - menuitem "Access tokens"
      - menuitem "Sign out"
  `);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(account).toBeFocused();
  await expect(account).toHaveAttribute('aria-expanded', 'false');

  // A second click on the account button closes the menu it opened.
  await account.click();
  await expect(page.getByRole('menu')).toBeVisible();
  await account.click();
  await expect(page.getByRole('menu')).toBeHidden();
});

test('the theme button says what it does in a tooltip on hover and on keyboard focus', async ({ page, vault }) => {
  await page.goto(vault.overview);
  const theme = page.getByRole('button', { name: /^Switch to (dark|light) theme$/ });
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await theme.hover();
  await expect(page.getByRole('tooltip')).toHaveText(/^Switch to (dark|light) theme$/);
  await page.mouse.move(0, 500);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await theme.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(theme).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText(/^Switch to (dark|light) theme$/);
});

test('switching theme loads the dark theme, and the next visit is rendered in it', async ({ page, vault }) => {
  await page.goto(vault.overview);
  const main = page.getByRole('main');
  const background = () => main.evaluate((element) => getComputedStyle(element).backgroundColor);
  const light = await background();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).not.toBe(light);
  const dark = await background();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  expect(await background()).toBe(dark);
});

test.describe("in the operator's own time zone", () => {
  test.use({ timezoneId: 'Asia/Kolkata' });

  test("a first visit shows times in the operator's zone, and the browser's Intl is never used for it", async ({ page, vault }) => {
    // The first use of Intl loads the browser's locale data inside the task that takes the page
    // over (docs/first-paint.md): every way of reaching it is counted from the first script on.
    await page.addInitScript(() => {
      const uses: string[] = [];
      Object.assign(window, { intlUses: uses });
      const count = (owner: object, name: string, wrap: (original: never) => unknown) => {
        const original = (owner as Record<string, never>)[name]!;
        Object.assign(owner, { [name]: wrap(original) });
        return original;
      };
      for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Collator']) {
        count(Intl, name, (Original: new (...args: unknown[]) => object) => {
          const counted = function (...args: unknown[]) {
            uses.push(name);
            return new Original(...args);
          };
          counted.prototype = Original.prototype;
          return counted;
        });
      }
      const methods: Array<[object, string]> = [[Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleTimeString']];
      for (const [owner, name] of methods) {
        count(owner, name, (original: (...args: unknown[]) => string) =>
          function (this: unknown, ...args: unknown[]) {
            uses.push(name);
            return original.apply(this, args);
          },
        );
      }
    });
    const inKolkata = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Kolkata' });

    for (const { url, showsTimes } of [{ url: vault.jobs, showsTimes: true }, { url: vault.overview, showsTimes: true }, { url: vault.grid, showsTimes: false }]) {
      await page.goto(url);
      await expect(page.locator('[role="group"][aria-disabled="true"]')).toHaveCount(0);
      if (showsTimes) {
        // Server-rendered in UTC ("… UTC"), then in the operator's zone once the page is live.
        const time = page.locator('main time').first();
        await expect(time).not.toHaveText(/UTC$/);
        const iso = await time.getAttribute('datetime');
        await expect(time).toHaveText(inKolkata.format(new Date(iso!)).replace(/\u202f/g, ' '));
      }
      expect(await page.evaluate(() => (window as unknown as { intlUses: string[] }).intlUses), `Intl used on ${url}`).toEqual([]);
    }
  });
});
