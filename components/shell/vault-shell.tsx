'use client';

import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PortalTopBar } from './portal-top-bar';
import { VaultAccessProvider, type VaultAccess } from './vault-access';
import { VaultPageHeading } from './vault-page-heading';
import { VaultResourceMenu } from './vault-resource-menu';

const useStyles = makeStyles({
  frame: { display: 'flex', flexDirection: 'column', height: '100vh' },
  body: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    flexGrow: 1,
    minWidth: 0,
    overflow: 'auto',
    padding: '12px 20px 24px',
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** The Azure-style chrome around every page of one vault, with the signed-in user's role on it. */
export function VaultShell({ access, children }: { access: VaultAccess; children: ReactNode }) {
  const styles = useStyles();
  return (
    <VaultAccessProvider access={access}>
      <div className={styles.frame}>
        <PortalTopBar userEmail={access.userEmail} />
        <VaultPageHeading vaultName={access.vaultName} />
        <div className={styles.body}>
          <VaultResourceMenu vaultName={access.vaultName} />
          <main className={styles.main}>{children}</main>
        </div>
      </div>
    </VaultAccessProvider>
  );
}
