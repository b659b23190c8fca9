'use client';

import { Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular, ArrowDownload20Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  bar: {
    paddingInline: 0,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    marginBottom: '12px',
  },
});

interface JobsCommandBarProps {
  onRefresh: () => void;
  refreshing: boolean;
  /** The CSV of every job the filters show; a plain link, so the browser handles the download. */
  exportHref: string;
}

export function JobsCommandBar({ onRefresh, refreshing, exportHref }: JobsCommandBarProps) {
  const styles = useStyles();
  return (
    <Toolbar aria-label="Jobs commands" className={styles.bar}>
      <ToolbarButton icon={<ArrowClockwise20Regular />} onClick={onRefresh} disabledFocusable={refreshing}>
        Refresh
      </ToolbarButton>
      <ToolbarButton as="a" href={exportHref} download icon={<ArrowDownload20Regular />}>
        Export to CSV
      </ToolbarButton>
    </Toolbar>
  );
}
