'use client';

import { Alert20Regular } from '@fluentui/react-icons';
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import styles from '../shell.module.css';
import { markAllNotificationsRead, settleLatestNotification, useLatestNotification, useNotifications } from './notifications-store';

// The bell ships with every page; what it shows (a toast, the pane) loads when there is something to show.
const NotificationToast = dynamic(() => import('./notification-toast').then((module) => module.NotificationToast), { ssr: false });
const NotificationsPane = dynamic(() => import('./notifications-pane').then((module) => module.NotificationsPane), { ssr: false });

const PANE_ID = 'portal-notifications-pane';

/**
 * The notifications area of the top bar: the bell with the count of new notifications, the
 * pane it opens, a toast for each new one and a live region that announces it.
 */
export function NotificationsArea() {
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
      <button
        ref={bell}
        type="button"
        className={[styles.barButton, open && styles.barButtonPressed].filter(Boolean).join(' ')}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? PANE_ID : undefined}
        onClick={() => {
          setOpen((was) => !was);
          settleLatestNotification();
        }}
      >
        <span className={styles.barIcon} aria-hidden>
          <Alert20Regular />
        </span>
        {unread > 0 ? (
          <span className={styles.badge} aria-hidden>
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      <div role="status" aria-live="polite" aria-atomic className={styles.visuallyHidden}>
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
