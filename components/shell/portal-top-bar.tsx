import { IntentLink } from './intent-link';
import { AccountMenu } from './account-menu';
import { NotificationsArea } from './notifications/notifications-area';
import styles from './shell.module.css';
import { ThemeToggleButton } from './theme-toggle-button';

/** The portal's top bar; with the signed-in user's account menu when there is one. */
export function PortalTopBar({ userEmail }: { userEmail?: string }) {
  return (
    <header className={styles.topBar}>
      <IntentLink href="/" className={styles.product}>
        Vault Portal
      </IntentLink>
      <div className={styles.spacer} />
      <NotificationsArea />
      <ThemeToggleButton />
      {userEmail ? <AccountMenu email={userEmail} /> : null}
    </header>
  );
}
