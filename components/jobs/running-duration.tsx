'use client';

import { useSyncExternalStore } from 'react';
import { DashText } from '@/components/lists/dash-text';
import styles from '@/components/lists/lists.module.css';
import { elapsedMs, formatDuration } from '@/lib/domain/jobs/job-display';

// One clock for every running duration on the page, ticking each second while one is shown:
// only the cells that count up re-render, not the list or the blade around them.

const listeners = new Set<() => void>();
let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, 1_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
      now = 0;
    }
  };
}

const clock = () => (now ||= Date.now());
// The server's clock is not the operator's: until the browser takes over, the duration waits.
const noClock = () => null;

/** hh:mm:ss from the start to now, counting up each second. */
export function RunningDuration({ startTime }: { startTime: string }) {
  const current = useSyncExternalStore(subscribe, clock, noClock);
  if (current === null) return <DashText label="Running" />;
  return <span className={styles.number}>{formatDuration(elapsedMs(startTime, null, current) ?? 0)}</span>;
}
