'use client';

import { Toolbar, ToolbarButton } from '@fluentui/react-components';
import { Add20Regular, ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';

/** The blade's commands: Create policy opens its blade, which has a URL of its own. */
export function PoliciesCommandBar({ createHref }: { createHref: string }) {
  const router = useRouter();
  return (
    <Toolbar aria-label="Policies commands" className="vp-command-bar" style={{ marginBottom: 12 }}>
      <ToolbarButton icon={<Add20Regular />} onClick={() => router.push(createHref, { scroll: false })}>
        Create policy
      </ToolbarButton>
      <ToolbarButton icon={<ArrowClockwise20Regular />} onClick={() => router.refresh()}>
        Refresh
      </ToolbarButton>
    </Toolbar>
  );
}
