'use client';

import { Button, DrawerHeader, DrawerHeaderTitle, Text } from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { BladeDrawer } from '@/components/shell/blade-drawer';

/** A recovery plan's blade: its title, the plan's name, and a body that can close it. */
export function PlanBladeShell({ title, plan, closeHref, children }: { title: string; plan: { name: string }; closeHref: string; children: (close: () => void) => ReactNode }) {
  const router = useRouter();
  const close = () => router.push(closeHref, { scroll: false });
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
