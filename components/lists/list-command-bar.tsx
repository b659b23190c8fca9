'use client';

import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { CommandButton } from '@/components/ui/buttons';
import { CommandBar } from './command-bar';
import styles from './lists.module.css';

interface ListCommandBarProps {
  /** Names the toolbar for assistive technology, e.g. "Jobs commands". */
  label: string;
  onRefresh: () => void;
  refreshing?: boolean;
  /** More commands, shown after Refresh. */
  children?: ReactNode;
}

/** The command bar above a list, like the one at the top of an Azure blade. */
export function ListCommandBar({ label, onRefresh, refreshing = false, children }: ListCommandBarProps) {
  return (
    <CommandBar label={label} className={styles.listCommands}>
      <CommandButton icon={<ArrowClockwise20Regular />} onClick={onRefresh} disabledFocusable={refreshing}>
        Refresh
      </CommandButton>
      {children}
    </CommandBar>
  );
}
