'use client';

import { useOpenBlade } from '@/components/shell/use-blade-close';
import { ToolbarButton, makeStyles } from '@fluentui/react-components';
import { CommandBar } from '@/components/lists/command-bar';
import { PermittedToolbarButton } from '@/components/shell/permitted-button';
import { Add20Regular, ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';

const useStyles = makeStyles({
  bar: { marginBottom: '12px' },
});

/** The blade's commands: Create policy opens its blade, which has a URL of its own. */
export function PoliciesCommandBar({ createHref }: { createHref: string }) {
  const router = useRouter();
  const openBlade = useOpenBlade();
  const styles = useStyles();
  return (
    <CommandBar label="Policies commands" className={styles.bar}>
      <PermittedToolbarButton permission="policies.write" icon={<Add20Regular />} onClick={() => openBlade(createHref)}>
        Create policy
      </PermittedToolbarButton>
      <ToolbarButton icon={<ArrowClockwise20Regular />} onClick={() => router.refresh()}>
        Refresh
      </ToolbarButton>
    </CommandBar>
  );
}
