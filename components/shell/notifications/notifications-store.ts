'use client';

import { useSyncExternalStore } from 'react';

// The portal's notifications, as the bell in the top bar shows them: any operation (reprotect,
// failover, commit, a job cancelled) posts one when it has started or ended. They live for the
// browser tab, so that a reload does not lose them, and never leave it.

export type NotificationIntent = 'success' | 'error' | 'warning' | 'info';

export interface PortalNotification {
  id: string;
  intent: NotificationIntent;
  title: string;
  message: string;
  /** Where to follow up, e.g. the job the operation started. */
  link?: { href: string; label: string };
  /** When it was posted, in milliseconds since the epoch. */
  postedAt: number;
  read: boolean;
}

export type NewNotification = Pick<PortalNotification, 'intent' | 'title' | 'message' | 'link'>;

const STORAGE_KEY = 'vault-portal.notifications';
/** The pane keeps the most recent ones, as the Azure portal does. */
const KEPT = 50;
const EMPTY: PortalNotification[] = [];

let items: PortalNotification[] | null = null;
/** The one posted last on this page, until its toast closes: news, unlike those kept from before a reload. */
let latest: PortalNotification | null = null;
const listeners = new Set<() => void>();

function load(): PortalNotification[] {
  if (items) return items;
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    items = Array.isArray(stored) ? (stored as PortalNotification[]) : [];
  } catch {
    items = [];
  }
  return items;
}

function save(next: PortalNotification[]) {
  items = next.slice(0, KEPT);
  if (latest && !items.some((item) => item.id === latest?.id)) latest = null;
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(items));
  } catch {
    // Storage full or disabled: the notifications still show until the tab reloads.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Posts a notification; the newest comes first. Returns its id. */
export function postNotification(notification: NewNotification): string {
  const posted: PortalNotification = {
    ...notification,
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    postedAt: Date.now(),
    read: false,
  };
  latest = posted;
  save([posted, ...load()]);
  return posted.id;
}

/** The toast of the latest notification was closed (or the pane opened): it is no longer news. */
export function settleLatestNotification() {
  if (!latest) return;
  latest = null;
  for (const listener of listeners) listener();
}

export function markAllNotificationsRead() {
  const current = load();
  if (current.some((item) => !item.read)) save(current.map((item) => (item.read ? item : { ...item, read: true })));
}

export function dismissNotification(id: string) {
  save(load().filter((item) => item.id !== id));
}

export function dismissAllNotifications() {
  save([]);
}

/** The notifications, newest first (none while the server renders). */
export function useNotifications(): PortalNotification[] {
  return useSyncExternalStore(subscribe, load, () => EMPTY);
}

/** The notification posted last on this page while it is news (null otherwise). */
export function useLatestNotification(): PortalNotification | null {
  return useSyncExternalStore(
    subscribe,
    () => latest,
    () => null,
  );
}
