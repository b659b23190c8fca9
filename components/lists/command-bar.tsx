'use client';

import type { ReactNode } from 'react';
import styles from './lists.module.css';
import { useRovingFocus } from './use-roving-focus';

/** What a command bar's arrow keys move between. */
const COMMANDS = 'button, a[href]';

interface CommandBarProps {
  /** Names the bar for assistive technology, e.g. "Jobs commands". */
  label: string;
  /** A line under the bar, as at the top of an Azure blade (default). */
  underlined?: boolean;
  className?: string;
  /** Its commands (CommandButton, ToolbarButton, menus and the like). */
  children: ReactNode;
}

/** The command bar at the top of a blade or list: one tab stop, arrow keys between its commands. */
export function CommandBar({ label, underlined = true, className, children }: CommandBarProps) {
  const roving = useRovingFocus<HTMLDivElement>('horizontal', COMMANDS);
  return (
    <div role="toolbar" aria-label={label} className={[styles.commandBar, underlined && styles.underlined, className].filter(Boolean).join(' ')} {...roving}>
      {children}
    </div>
  );
}
