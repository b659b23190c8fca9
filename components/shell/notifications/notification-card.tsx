'use client';

import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, Dismiss16Regular, ErrorCircle20Filled, Info20Filled, Warning20Filled } from '@fluentui/react-icons';
import NextLink from 'next/link';
import type { NotificationIntent, PortalNotification } from './notifications-store';
import { formatTimeOfDay } from '@/lib/domain/display-format';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    gap: '4px 10px',
    alignItems: 'start',
    padding: '12px',
    overflowWrap: 'anywhere',
  },
  title: { ...typographyStyles.body1Strong, margin: 0 },
  message: { ...typographyStyles.body1, margin: 0, gridColumn: '2 / 4' },
  footer: { gridColumn: '2 / 4', display: 'flex', justifyContent: 'space-between', gap: '8px', ...typographyStyles.caption1 },
  link: { color: tokens.colorBrandForegroundLink, ':hover': { color: tokens.colorBrandForegroundLinkHover } },
  time: { color: tokens.colorNeutralForeground3 },
  success: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

const ICONS: Record<NotificationIntent, typeof Info20Filled> = {
  success: CheckmarkCircle20Filled,
  error: ErrorCircle20Filled,
  warning: Warning20Filled,
  info: Info20Filled,
};

function postedLabel(postedAt: number, now: number): string {
  const minutes = Math.floor((now - postedAt) / 60_000);
  if (minutes < 1) return 'Just now';
  if (minutes < 60) return `${minutes} min ago`;
  return formatTimeOfDay(new Date(postedAt), 'local');
}

interface NotificationCardProps {
  notification: PortalNotification;
  onDismiss(): void;
  /** Following the link also closes what shows the card. */
  onFollow?(): void;
  now: number;
}

/** One notification: what happened, where to follow up, when, and a way to dismiss it. */
export function NotificationCard({ notification, onDismiss, onFollow, now }: NotificationCardProps) {
  const styles = useStyles();
  const Icon = ICONS[notification.intent];
  return (
    <div className={styles.card}>
      <Icon className={styles[notification.intent]} aria-hidden />
      <p className={styles.title}>{notification.title}</p>
      <Button
        appearance="subtle"
        size="small"
        icon={<Dismiss16Regular />}
        aria-label={`Dismiss notification: ${notification.title}`}
        onClick={onDismiss}
      />
      <p className={styles.message}>{notification.message}</p>
      <div className={styles.footer}>
        {notification.link ? (
          <NextLink className={styles.link} href={notification.link.href} onClick={onFollow}>
            {notification.link.label}
          </NextLink>
        ) : (
          <span />
        )}
        <span className={styles.time}>{postedLabel(notification.postedAt, now)}</span>
      </div>
    </div>
  );
}
