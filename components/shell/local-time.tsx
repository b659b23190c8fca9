'use client';

import { useSyncExternalStore } from 'react';

const FORMAT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
};

const noSubscription = () => () => {};

// The browser's zone never changes while the page lives, and reading it builds a formatter (costly,
// and React reads a snapshot more than once per render): it is read once.
let browserZone: string | undefined;
function browserTimeZoneSnapshot(): string {
  browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return browserZone;
}

// Building a formatter costs far more than formatting with one: a grid shows dozens of times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { ...FORMAT, timeZone });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * A timestamp in the operator's own time zone, as the Azure portal shows it.
 * The server does not know that zone, so it renders UTC (marked as such) and the
 * browser switches to local time right after hydration without a mismatch.
 */
export function LocalTime({ iso }: { iso: string }) {
  const browserTimeZone = useSyncExternalStore(noSubscription, browserTimeZoneSnapshot, () => null);
  const text = formatterFor(browserTimeZone ?? 'UTC').format(new Date(iso));
  return (
    <time dateTime={iso} title={iso}>
      {browserTimeZone ? text : `${text} UTC`}
    </time>
  );
}
