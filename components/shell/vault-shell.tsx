import type { ReactNode } from 'react';
import { PortalTopBar } from './portal-top-bar';
import styles from './shell.module.css';
import { VaultAccessProvider, type VaultAccess } from './vault-access';
import { VaultPageHeading } from './vault-page-heading';
import { VaultResourceMenu } from './vault-resource-menu';

interface VaultShellProps {
  /** The vault and the signed-in user's role on it. */
  access: VaultAccess;
  /** The breadcrumb's last crumb on a page of one plan or item (rendered by the page's crumb route). */
  currentCrumb?: ReactNode;
  children: ReactNode;
}

/** The Azure-style chrome around every page of one vault, with the signed-in user's role on it. */
export function VaultShell({ access, currentCrumb, children }: VaultShellProps) {
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
