'use client';

import type { ReactNode } from 'react';
import { useIsHydrated } from '@/components/shell/use-is-hydrated';

/**
 * A list whose controls need JavaScript says it is not ready (aria-disabled) until the browser has
 * taken over the server's HTML, so that a click in the first instant is not silently lost. Only
 * this wrapper renders again when that happens: the list inside it is the same elements.
 */
export function HydrationGroup({ children }: { children: ReactNode }) {
  const hydrated = useIsHydrated();
  return (
    <div role="group" aria-disabled={hydrated ? undefined : true}>
      {children}
    </div>
  );
}
