'use client';

import dynamic from 'next/dynamic';
import { useEffect, useSyncExternalStore } from 'react';

// Fluent's focus manager (the code that traps focus in a blade and hides the page behind it from
// screen readers) is created by the first component that needs it and disposed with the last
// one. A page loads it only when a blade first opens; were it disposed as that blade closed, the
// page would stay hidden from screen readers. Once loaded, a holder keeps it for the page's life.

let needed = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const FocusManagerHolder = dynamic(() => import('./focus-manager-holder'), { ssr: false });

/** Mounted once, inside the Fluent provider: holds the focus manager after its first use. */
export function FocusManagement() {
  const active = useSyncExternalStore(
    subscribe,
    () => needed,
    () => false,
  );
  return active ? <FocusManagerHolder /> : null;
}

/** Called by whatever first creates the focus manager (a blade), so that it outlives it. */
export function useKeepFocusManager() {
  useEffect(() => {
    if (needed) return;
    needed = true;
    for (const listener of listeners) listener();
  }, []);
}
