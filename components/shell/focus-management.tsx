'use client';

import { useSyncExternalStore, type ReactElement } from 'react';

// Fluent's focus manager (the code that traps focus in a blade and hides the page behind it from
// screen readers) is created by the first component that needs it and disposed with the last
// one. A page loads it only when a blade first opens; were it disposed as that blade closed, the
// page would stay hidden from screen readers. So the first blade hands over a holder that keeps
// it for the page's life; this module stays tiny, the holder comes with the blade's code.

let held: ReactElement | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Mounts `element` for the rest of the page's life (the first one handed over wins). */
export function keepMounted(element: ReactElement) {
  if (held) return;
  held = element;
  for (const listener of listeners) listener();
}

/** Mounted once, inside the Fluent provider: where the holder lives. */
export function FocusManagement() {
  return useSyncExternalStore(
    subscribe,
    () => held,
    () => null,
  );
}
