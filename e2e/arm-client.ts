import { randomUUID } from 'node:crypto';
import { SiteRecoveryManagementClient } from '@azure/arm-recoveryservices-siterecovery';
import type { Browser } from '@playwright/test';
import { expect } from '@playwright/test';
import { DEMO_VAULT } from '../lib/data/seed/demo-fabric';
import type { VaultRole } from '../lib/domain/access/roles';
import { storageStateOf } from './accounts';

// The official Azure SDK for Site Recovery pointed at the running portal, as the README's
// "Automate it" shows: plain HTTP on loopback, and the portal's access token in place of
// an Azure AD token (the SDK's own bearer policy refuses non-HTTPS URLs).

export const RESOURCE_GROUP = DEMO_VAULT.resourceGroup;

export function siteRecoveryClient(baseURL: string, token: string): SiteRecoveryManagementClient {
  const credential = { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
  const client = new SiteRecoveryManagementClient(credential, DEMO_VAULT.subscriptionId, { endpoint: baseURL, allowInsecureConnection: true });
  client.pipeline.removePolicy({ name: 'bearerTokenAuthenticationPolicy' });
  client.pipeline.addPolicy({
    name: 'portalAccessToken',
    sendRequest: (request, next) => {
      request.headers.set('Authorization', `Bearer ${token}`);
      return next(request);
    },
  });
  return client;
}

/** A personal access token of the run's account for `role`, created on the Access tokens page as that user would. */
export async function accessTokenOf(browser: Browser, baseURL: string, role: VaultRole): Promise<string> {
  const context = await browser.newContext({ baseURL, storageState: storageStateOf(role) });
  try {
    const page = await context.newPage();
    await page.goto('/account/tokens');
    const form = page.getByRole('form', { name: 'New access token' });
    await form.getByRole('textbox', { name: 'Name' }).fill(`sdk-${randomUUID().slice(0, 8)}`);
    await form.getByRole('button', { name: 'Create token' }).click();
    const token = form.getByRole('textbox', { name: 'Access token' });
    await expect(token).toHaveValue(/\S{20,}/);
    return await token.inputValue();
  } finally {
    await context.close();
  }
}

export async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const entry of iterator) all.push(entry);
  return all;
}
