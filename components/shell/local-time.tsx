'use client';

import { useSyncExternalStore } from 'react';
import { formatDateTime, type Clock } from '@/lib/domain/display-format';

const noSubscription = () => () => {};
const browserClock = (): Clock => 'local';
const serverClock = (): Clock => 'utc';

/**
 * A timestamp in the operator's own time zone, as the Azure portal shows it.
 * The server does not know that zone, so it renders UTC (marked as such) and the
 * browser switches to local time right after hydration without a mismatch.
 */
export function LocalTime({ iso }: { iso: string }) {
  const clock = useSyncExternalStore(noSubscription, browserClock, serverClock);
  const text = formatDateTime(new Date(iso), clock);
  return (
    <time dateTime={iso} title={iso}>
      {clock === 'local' ? text : `${text} UTC`}
    </time>
  );
}
