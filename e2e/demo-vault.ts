import { expect, type Page } from '@playwright/test';

// The seeded demo vault every spec runs against, and the ways specs reach into it.

export const VAULT = 'contoso-dr-vault';
export const GRID = `/vaults/${VAULT}/replicated-items`;

/** The id of a demo VM, found through the same API the grid uses. */
export async function itemId(page: Page, name: string): Promise<string> {
  const response = await page.request.get(`/api/vaults/${VAULT}/replicated-items?q=${encodeURIComponent(name)}`);
  const body = (await response.json()) as { items: { id: string; name: string }[] };
  const item = body.items.find((candidate) => candidate.name === name);
  if (!item) throw new Error(`${name} is not in the demo vault`);
  return item.id;
}

/** Opens the Re-Protect blade of a demo VM by its URL and returns the blade. */
export async function openReprotectBlade(page: Page, name: string) {
  await page.goto(`${GRID}?reprotect=${await itemId(page, name)}`);
  const blade = page.getByRole('dialog', { name: `Re-Protect ${name}` });
  await expect(blade).toBeVisible();
  return blade;
}

/** A list filter (the browser's own select) set to the choice shown as `label`. */
export async function chooseFilter(page: Page, name: string, label: string) {
  await page.getByRole('search').getByRole('combobox', { name }).selectOption({ label });
}

/** What a list filter shows now: only its chosen option, not every option's text. */
export function shownFilter(page: Page, name: string) {
  return page.getByRole('search').getByRole('combobox', { name }).locator('option:checked');
}
