'use client';

import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { NotificationCard } from './notification-card';
import { dismissAllNotifications, dismissNotification, type PortalNotification } from './notifications-store';

const useStyles = makeStyles({
  pane: {
    position: 'fixed',
    top: '40px',
    right: 0,
    bottom: 0,
    zIndex: 1000000,
    width: 'min(380px, 100vw)',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow28,
  },
  header: { display: 'flex', alignItems: 'center', gap: '8px', padding: '12px 12px 8px 16px' },
  title: { ...typographyStyles.subtitle2, margin: 0, flexGrow: 1, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  actions: { padding: '0 16px 8px' },
  list: { listStyle: 'none', margin: 0, padding: 0, overflowY: 'auto', flexGrow: 1 },
  item: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  empty: { ...typographyStyles.body1, padding: '24px 16px', color: tokens.colorNeutralForeground3, margin: 0 },
});

interface NotificationsPaneProps {
  id: string;
  notifications: PortalNotification[];
  /** `returnFocus`: put focus back on the bell (Escape, the close button), not when the operator clicked elsewhere. */
  onClose(returnFocus: boolean): void;
  /** The bell toggles the pane itself: a click on it is not a click outside. */
  ignoreClicksOn: RefObject<HTMLElement | null>;
}

/** The pane the bell opens, beside the page as in the Azure portal: every notification of this tab. */
export function NotificationsPane({ id, notifications, onClose, ignoreClicksOn }: NotificationsPaneProps) {
  const styles = useStyles();
  const pane = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [now] = useState(() => Date.now());

  useEffect(() => {
    heading.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (pane.current?.contains(target) || ignoreClicksOn.current?.contains(target)) return;
      onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose, ignoreClicksOn]);

  return (
    <section
      id={id}
      ref={pane}
      className={styles.pane}
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose(true);
      }}
    >
      <div className={styles.header}>
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className={styles.title}>
          Notifications
        </h2>
        <Button appearance="subtle" icon={<Dismiss20Regular />} aria-label="Close notifications" onClick={() => onClose(true)} />
      </div>
      {notifications.length > 0 ? (
        <>
          <div className={styles.actions}>
            <Button size="small" onClick={dismissAllNotifications}>
              Dismiss all
            </Button>
          </div>
          <ul className={styles.list} aria-label="Notifications">
            {notifications.map((notification) => (
              <li key={notification.id} className={styles.item}>
                <NotificationCard
                  notification={notification}
                  now={now}
                  onDismiss={() => dismissNotification(notification.id)}
                  onFollow={() => onClose(false)}
                />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className={styles.empty}>No new notifications.</p>
      )}
    </section>
  );
}
