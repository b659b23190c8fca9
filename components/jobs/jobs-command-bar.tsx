'use client';

import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { ListCommandBar } from '@/components/lists/list-command-bar';
import { CommandLink } from '@/components/ui/buttons';

interface JobsCommandBarProps {
  onRefresh: () => void;
  refreshing: boolean;
  /** The CSV of every job the filters show; a plain link, so the browser handles the download. */
  exportHref: string;
}

export function JobsCommandBar({ onRefresh, refreshing, exportHref }: JobsCommandBarProps) {
  return (
    <ListCommandBar label="Jobs commands" onRefresh={onRefresh} refreshing={refreshing}>
      <CommandLink href={exportHref} download icon={<ArrowDownload20Regular />}>
        Export to CSV
      </CommandLink>
    </ListCommandBar>
  );
}
