'use client';

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useRovingFocus } from './use-roving-focus';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '2px', paddingBlock: '4px' },
  underlined: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** What a command bar's arrow keys move between. */
const COMMANDS = 'button, a[href]';

interface CommandBarProps {
  /** Names the bar for assistive technology, e.g. "Jobs commands". */
  label: string;
  /** A line under the bar, as at the top of an Azure blade (default). */
  underlined?: boolean;
  className?: string;
  /** ToolbarButton elements, menus and the like. */
  children: ReactNode;
}

/** The command bar at the top of a blade or list: one tab stop, arrow keys between its commands. */
export function CommandBar({ label, underlined = true, className, children }: CommandBarProps) {
  const styles = useStyles();
  const roving = useRovingFocus<HTMLDivElement>('horizontal', COMMANDS);
  return (
    <div role="toolbar" aria-label={label} className={mergeClasses(styles.bar, underlined && styles.underlined, className)} {...roving}>
      {children}
    </div>
  );
}
