'use client';

import { ToolbarButton, makeStyles } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { CommandBar } from './command-bar';

const useStyles = makeStyles({
  bar: { marginBottom: '12px' },
});

interface ListCommandBarProps {
  /** Names the toolbar for assistive technology, e.g. "Jobs commands". */
  label: string;
  onRefresh: () => void;
  refreshing?: boolean;
  /** More commands (ToolbarButton elements), shown after Refresh. */
  children?: ReactNode;
}

/** The command bar above a list, like the one at the top of an Azure blade. */
export function ListCommandBar({ label, onRefresh, refreshing = false, children }: ListCommandBarProps) {
  const styles = useStyles();
  return (
    <CommandBar label={label} className={styles.bar}>
      <ToolbarButton icon={<ArrowClockwise20Regular />} onClick={onRefresh} disabledFocusable={refreshing}>
        Refresh
      </ToolbarButton>
      {children}
    </CommandBar>
  );
}
