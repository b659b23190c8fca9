'use client';

import type { MouseEvent, ReactNode } from 'react';
import styles from '@/components/lists/lists.module.css';

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
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    onOpen();
  }
  return (
    <a href={href} className={styles.link} tabIndex={tabIndex} onClick={onClick}>
      {children}
    </a>
  );
}
