'use client';

import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Alert20Regular } from '@fluentui/react-icons';
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { markAllNotificationsRead, settleLatestNotification, useLatestNotification, useNotifications } from './notifications-store';

// The bell ships with every page; what it shows (a toast, the pane) loads when there is something to show.
const NotificationToast = dynamic(() => import('./notification-toast').then((module) => module.NotificationToast), { ssr: false });
const NotificationsPane = dynamic(() => import('./notifications-pane').then((module) => module.NotificationsPane), { ssr: false });

const PANE_ID = 'portal-notifications-pane';

const useStyles = makeStyles({
  // The top bar is dark in both themes: light-on-dark, like the theme button beside it.
  button: {
    position: 'relative',
    color: '#ffffff',
    minWidth: '40px',
    height: '40px',
    borderRadius: 0,
    ':hover': { color: '#ffffff', backgroundColor: 'rgba(255, 255, 255, 0.12)' },
    ':hover:active': { color: '#ffffff', backgroundColor: 'rgba(255, 255, 255, 0.2)' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  open: { backgroundColor: 'rgba(255, 255, 255, 0.2)' },
  badge: {
    position: 'absolute',
    top: '4px',
    right: '4px',
    minWidth: '16px',
    height: '16px',
    paddingInline: '3px',
    borderRadius: '8px',
    backgroundColor: tokens.colorBrandBackground,
    color: '#ffffff',
    fontSize: '10px',
    lineHeight: '16px',
    fontWeight: 600,
  },
  announcer: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/**
 * The notifications area of the top bar: the bell with the count of new notifications, the
 * pane it opens, a toast for each new one and a live region that announces it.
 */
export function NotificationsArea() {
  const styles = useStyles();
  const notifications = useNotifications();
  const latest = useLatestNotification();
  const [open, setOpen] = useState(false);
  const bell = useRef<HTMLButtonElement>(null);
  const unread = notifications.filter((item) => !item.read).length;

  // What arrives while the pane is open is seen there.
  useEffect(() => {
    if (open) markAllNotificationsRead();
  }, [open, notifications]);

  const label = unread > 0 ? `Notifications, ${unread} new` : 'Notifications';
  return (
    <>
      <Button
        ref={bell}
        appearance="transparent"
        className={mergeClasses(styles.button, open && styles.open)}
        icon={<Alert20Regular />}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? PANE_ID : undefined}
        onClick={() => {
          setOpen((was) => !was);
          settleLatestNotification();
        }}
      >
        {unread > 0 ? (
          <span className={styles.badge} aria-hidden>
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </Button>
      <div role="status" aria-live="polite" aria-atomic className={styles.announcer}>
        {latest ? `${latest.title}. ${latest.message}` : ''}
      </div>
      {latest && !open ? <NotificationToast notification={latest} onClose={settleLatestNotification} /> : null}
      {open ? (
        <NotificationsPane
          id={PANE_ID}
          notifications={notifications}
          onClose={(returnFocus) => {
            setOpen(false);
            if (returnFocus) bell.current?.focus();
          }}
          ignoreClicksOn={bell}
        />
      ) : null}
    </>
  );
}
