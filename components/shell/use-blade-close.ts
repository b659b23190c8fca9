'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { returnFocusAfterBladeCloses } from './return-focus';

/**
 * A blade whose URL opened it: closing hides it at once, then navigates to the page underneath
 * (`closeHref`), so the operator never waits on the server to see it go. Focus goes back to the
 * first of `focusTargets` found (see returnFocusAttribute).
 */
export function useBladeClose(closeHref: string, focusTargets: string[] = []) {
  const router = useRouter();
  const [open, setOpen] = useState(true);
  const close = () => {
    setOpen(false);
    router.push(closeHref, { scroll: false });
    returnFocusAfterBladeCloses(focusTargets, closeHref);
  };
  return { open, close };
}
