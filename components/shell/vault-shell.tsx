'use client';

import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PortalTopBar } from './portal-top-bar';
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

/** The Azure-style chrome around every page of one vault. */
interface VaultShellProps {
  vaultName: string;
  /** The breadcrumb's last crumb on a page of one plan or item (rendered by the page's crumb route). */
  currentCrumb?: ReactNode;
  children: ReactNode;
}

export function VaultShell({ vaultName, currentCrumb, children }: VaultShellProps) {
  const styles = useStyles();
  return (
    <div className={styles.frame}>
      <PortalTopBar />
      <VaultPageHeading vaultName={vaultName} currentCrumb={currentCrumb} />
      <div className={styles.body}>
        <VaultResourceMenu vaultName={vaultName} />
        <main className={styles.main}>{children}</main>
      </div>
    </div>
  );
}
