'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { returnFocusAfterBladeCloses } from './return-focus';

/** Said by a command that opens a blade, with the blade's URL (see useOpenBlade). */
const BLADE_OPENING = 'vault-portal:blade-opening';

function currentHref(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/**
 * A blade whose URL opened it: closing hides it at once, then navigates to the page underneath
 * (`closeHref`), so the operator never waits on the server to see it go. Focus goes back to the
 * first of `focusTargets` found (see returnFocusAttribute). Opened again from its command before
 * that navigation has landed, the same blade shows again.
 */
export function useBladeClose(closeHref: string, focusTargets: string[] = []) {
  const router = useRouter();
  const [open, setOpen] = useState(true);
  const ownHref = useRef<string | null>(null);
  useEffect(() => {
    ownHref.current = currentHref();
    const reopen = (event: Event) => {
      if ((event as CustomEvent<string>).detail === ownHref.current) setOpen(true);
    };
    window.addEventListener(BLADE_OPENING, reopen);
    return () => window.removeEventListener(BLADE_OPENING, reopen);
  }, []);
  const close = () => {
    setOpen(false);
    router.push(closeHref, { scroll: false });
    returnFocusAfterBladeCloses(focusTargets, closeHref);
  };
  return { open, close };
}

/** Opens the blade at `href` (the page's URL with the blade's parameter), over the page. */
export function useOpenBlade(): (href: string) => void {
  const router = useRouter();
  return (href) => {
    window.dispatchEvent(new CustomEvent(BLADE_OPENING, { detail: href }));
    router.push(href, { scroll: false });
  };
}
