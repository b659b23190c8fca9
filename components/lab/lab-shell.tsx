'use client';

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Beaker24Regular } from '@fluentui/react-icons';
import NextLink from 'next/link';
import type { ReactNode } from 'react';
import { useIsHydrated } from '@/components/shell/use-is-hydrated';
import { VaultAccessProvider, type VaultAccess } from '@/components/shell/vault-access';
import { accessProblem } from '@/lib/domain/access/roles';
import { vaultPath } from '@/components/shell/vault-sections';
import { labPath } from './lab-links';

const LAB_ROLE_REASON_ID = 'lab-role-reason';

const useStyles = makeStyles({
  frame: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    padding: '12px 24px',
    backgroundColor: tokens.colorPaletteDarkOrangeBackground2,
    borderBottom: `2px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  links: { marginLeft: 'auto', display: 'flex', gap: '16px', ...typographyStyles.body1 },
  link: { color: tokens.colorBrandForegroundLink, ':hover': { color: tokens.colorBrandForegroundLinkHover } },
  main: { display: 'grid', gap: '16px', padding: '16px 24px 32px', maxWidth: '1280px' },
  // Holds every change the lab offers, so that a role without them, or a page not yet taken over
  // by the browser (where a click would be lost), disables them all at once.
  changes: { display: 'grid', gap: '16px', border: 'none', margin: 0, padding: 0, minWidth: 0 },
});

/** The site lab's own frame, set apart from the vault's chrome so that nobody mistakes one for the other. */
export function LabShell({ access, children }: { access: VaultAccess; children: ReactNode }) {
  const styles = useStyles();
  const { vaultName } = access;
  // Readers and Operators may look at the lab; its changes need a Contributor.
  const roleReason = accessProblem(access.role, 'lab.write', vaultName);
  const hydrated = useIsHydrated();
  return (
    <VaultAccessProvider access={access}>
      <div className={styles.frame}>
        <header className={styles.header}>
          <Beaker24Regular aria-hidden />
          <h1 className={styles.title}>Site lab · {vaultName}</h1>
          <nav aria-label="Site lab" className={styles.links}>
            <NextLink className={styles.link} href={labPath(vaultName)}>
              Site
            </NextLink>
            <NextLink className={styles.link} href={vaultPath(vaultName, 'infrastructure')}>
              Back to Site Recovery infrastructure
            </NextLink>
            <NextLink className={styles.link} href={vaultPath(vaultName, 'replicated-items')}>
              Replicated items
            </NextLink>
          </nav>
        </header>
        <main className={styles.main}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Site lab — these changes happen in vCenter and on the servers, not in the vault</MessageBarTitle>
              The vault only sees their effect: a server&apos;s new state, heartbeat or volume, as the real service would discover it.
            </MessageBarBody>
          </MessageBar>
          {roleReason ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody id={LAB_ROLE_REASON_ID}>
                <MessageBarTitle>You can look at the site lab, not change it</MessageBarTitle>
                {roleReason}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <fieldset className={styles.changes} disabled={roleReason !== null || !hydrated} aria-describedby={roleReason ? LAB_ROLE_REASON_ID : undefined}>
            {children}
          </fieldset>
        </main>
      </div>
    </VaultAccessProvider>
  );
}
