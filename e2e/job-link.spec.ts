import { expect } from '@playwright/test';
import { test } from './demo-vault';

// A job's own link, /vaults/<vault>/jobs/<job>, is the Jobs view with that job's blade open.

test.describe('A job link', () => {
  test('opens the Jobs view with the job’s blade, the job named once in the URL', async ({ page, vault }) => {
    const list = (await (await page.request.get(`${vault.api}/jobs`)).json()) as { items: { id: string; name: string; itemName: string }[] };
    const job = list.items[0]!;

    const answer = await page.request.get(`${vault.jobs}/${job.id}`, { maxRedirects: 0 });
    expect(answer.status()).toBe(307);
    expect(answer.headers().location).toBe(`${vault.jobs}?job=${job.id}`);

    await page.goto(`${vault.jobs}/${job.id}`);
    await expect(page).toHaveURL(`${vault.jobs}?job=${job.id}`);
    await expect(page.getByRole('dialog', { name: `${job.name} job for ${job.itemName}` })).toBeVisible();
  });

  test('passes on an id with characters that need escaping exactly as it was given, escaped once', async ({ page, vault }) => {
    for (const id of ['a b', 'x/y', '50%', 'é']) {
      const answer = await page.request.get(`${vault.jobs}/${encodeURIComponent(id)}`, { maxRedirects: 0 });
      expect(answer.status()).toBe(307);
      const target = new URL(answer.headers().location!, 'http://portal');
      expect(target.pathname).toBe(vault.jobs);
      expect(target.searchParams.get('job')).toBe(id);
    }
  });
});
