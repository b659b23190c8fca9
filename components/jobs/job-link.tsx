'use client';

import type { MouseEvent, ReactNode } from 'react';
import { useGridStyles } from '@/components/lists/grid-styles';

interface JobLinkProps {
  /** The job's own URL: the Jobs view with its blade open. */
  href: string;
  onOpen: () => void;
  children: ReactNode;
  /** -1 where the row around it is the keyboard stop. */
  tabIndex?: number;
}

/** A link to a job: a plain click opens its blade in place; Ctrl/middle click keeps the link's own behaviour. */
export function JobLink({ href, onOpen, children, tabIndex }: JobLinkProps) {
  const grid = useGridStyles();
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    onOpen();
  }
  return (
    <a href={href} className={grid.link} tabIndex={tabIndex} onClick={onClick}>
      {children}
    </a>
  );
}
