'use client';

import type { ReactNode } from 'react';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { useBladeClose } from '@/components/shell/use-blade-close';
import { BladeHeader } from '@/components/shell/blade-header';

interface PlanBladeShellProps {
  title: string;
  plan: { name: string };
  closeHref: string;
  /** The plan command the blade was opened from, which gets focus back when it closes. */
  focusKey: string;
  children: (close: () => void) => ReactNode;
}

/** A recovery plan's blade: its title, the plan's name, and a body that can close it. */
export function PlanBladeShell({ title, plan, closeHref, focusKey, children }: PlanBladeShellProps) {
  const { open, close } = useBladeClose(closeHref, [focusKey]);
  return (
    <BladeDrawer open={open} size="large" onClose={close} label={`${title} ${plan.name}`}>
      <BladeHeader title={title} subtitle={`Recovery plan ${plan.name}`} onClose={close} />
      {children(close)}
    </BladeDrawer>
  );
}
