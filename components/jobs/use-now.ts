'use client';

import { useEffect, useState } from 'react';

/**
 * The current time, ticking every second while `live` (a running job's duration counts
 * up); frozen otherwise, so finished lists do not re-render for nothing.
 * Null until the browser has hydrated: the server's clock is not the operator's.
 */
export function useNow(live: boolean): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    if (!live) return () => clearTimeout(first);
    const timer = setInterval(tick, 1_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [live]);
  return now;
}
