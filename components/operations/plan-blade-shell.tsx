'use client';

import { Button, DrawerHeader, DrawerHeaderTitle, Text } from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { returnFocusAfterBladeCloses } from '@/components/shell/return-focus';

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
  const router = useRouter();
  const close = () => {
    router.push(closeHref, { scroll: false });
    returnFocusAfterBladeCloses([focusKey]);
  };
  return (
    <BladeDrawer size="large" onClose={close} label={`${title} ${plan.name}`}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={close} />}>{title}</DrawerHeaderTitle>
        <Text>Recovery plan {plan.name}</Text>
      </DrawerHeader>
      {children(close)}
    </BladeDrawer>
  );
}
