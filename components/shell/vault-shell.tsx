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

interface VaultShellProps {
  /** The vault and the signed-in user's role on it. */
  access: VaultAccess;
  /** The breadcrumb's last crumb on a page of one plan or item (rendered by the page's crumb route). */
  currentCrumb?: ReactNode;
  children: ReactNode;
}

/** The Azure-style chrome around every page of one vault, with the signed-in user's role on it. */
export function VaultShell({ access, currentCrumb, children }: VaultShellProps) {
  const styles = useStyles();
  return (
    <VaultAccessProvider access={access}>
      <div className={styles.frame}>
        <PortalTopBar userEmail={access.userEmail} />
        <VaultPageHeading vaultName={access.vaultName} currentCrumb={currentCrumb} />
        <div className={styles.body}>
          <VaultResourceMenu vaultName={access.vaultName} />
          <main className={styles.main}>{children}</main>
        </div>
      </div>
    </VaultAccessProvider>
  );
}
