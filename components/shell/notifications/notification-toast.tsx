'use client';

import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { NotificationCard } from './notification-card';
import { dismissNotification, type PortalNotification } from './notifications-store';

/** How long a toast stays up while the pointer and focus are elsewhere; the pane keeps it after. */
const SHOWN_FOR_MS = 8000;

const useStyles = makeStyles({
  toast: {
    position: 'fixed',
    top: '48px',
    right: '16px',
    zIndex: 1000001,
    width: 'min(360px, calc(100vw - 32px))',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
});

/** A new notification, shown briefly under the bell as the Azure portal does. */
export function NotificationToast({ notification, onClose }: { notification: PortalNotification; onClose(): void }) {
  const styles = useStyles();
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(onClose, SHOWN_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [held, notification.id, onClose]);

  return (
    <section
      className={styles.toast}
      aria-label={`New notification: ${notification.title}`}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeld(false);
      }}
    >
      <NotificationCard
        notification={notification}
        now={notification.postedAt}
        onDismiss={() => {
          dismissNotification(notification.id);
          onClose();
        }}
        onFollow={onClose}
      />
    </section>
  );
}
