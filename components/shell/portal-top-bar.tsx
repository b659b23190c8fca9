'use client';

import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import Link from 'next/link';
import { AccountMenu } from './account-menu';
import { NotificationsArea } from './notifications/notifications-area';
import { ThemeToggleButton } from './theme-toggle-button';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    height: '40px',
    paddingLeft: '16px',
    backgroundColor: '#1b1a19',
    color: '#ffffff',
    borderBottom: '1px solid #3b3a39',
  },
  product: {
    ...typographyStyles.body1Strong,
    fontSize: '15px',
    color: '#ffffff',
    textDecorationLine: 'none',
    paddingInline: '4px',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  spacer: { flexGrow: 1 },
});

/** The portal's top bar; with the signed-in user's account menu when there is one. */
export function PortalTopBar({ userEmail }: { userEmail?: string }) {
  const styles = useStyles();
  return (
    <header className={styles.bar}>
      <Link href="/" className={styles.product}>
        Vault Portal
      </Link>
      <div className={styles.spacer} />
      <NotificationsArea />
      <ThemeToggleButton />
      {userEmail ? <AccountMenu email={userEmail} /> : null}
    </header>
  );
}
