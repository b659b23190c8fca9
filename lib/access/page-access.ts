import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import type { VaultRole } from '../domain/access/roles';
import { REQUESTED_PATH_HEADER } from '../domain/access/security-headers';
import { getVaultAccess } from '../data/auth/role-assignments';
import type { VaultSummary } from '../schemas/vault';
import { vaultNameSchema } from '../schemas/vault';
import { identifyCaller, type Caller } from './caller';

// What a page may show: nothing without a session (to sign-in, and back afterwards),
// and a vault only to those who hold a role on it (anyone else gets not-found). Each
// page asks for itself, since a layout and its page render side by side.


export function signInHref(returnTo: string | null): string {
  return returnTo && returnTo !== '/' ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in';
}

/** The signed-in caller of this request (read once per request); signs in first when there is none. */
export const requireCaller = cache(async (): Promise<Caller> => {
  const requestHeaders = await headers();
  const identified = await identifyCaller(requestHeaders);
  if (!identified.ok) redirect(signInHref(requestHeaders.get(REQUESTED_PATH_HEADER)));
  return identified.caller;
});

export interface PageVaultAccess {
  vault: VaultSummary;
  role: VaultRole;
  caller: Caller;
}

/** The vault a page shows, with the caller's role on it; not found for a caller without one. */
export const requireVaultAccess = cache(async (vaultName: string): Promise<PageVaultAccess> => {
  const caller = await requireCaller();
  const name = vaultNameSchema.safeParse(vaultName);
  const access = name.success ? await getVaultAccess(caller.userId, name.data) : null;
  if (!access) notFound();
  return { ...access, caller };
});

/** The vault a page shows (see requireVaultAccess). */
export async function vaultForPage(vaultName: string): Promise<VaultSummary> {
  return (await requireVaultAccess(vaultName)).vault;
}
