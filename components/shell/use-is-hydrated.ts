'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while the browser shows server HTML that React has not taken over yet, true after.
 * Controls that need JavaScript can say they are not ready yet (aria-disabled), so that a
 * click in the first instant is not silently lost.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
