'use client';

import { Button, DrawerHeader, DrawerHeaderTitle, Text } from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

interface BladeHeaderProps {
  title: ReactNode;
  /** What the blade is about, under its title: the VM, the plan, the policy. */
  subtitle?: ReactNode;
  /** Without it the blade has no close button in its header (a blade that only says something is gone). */
  onClose?: () => void;
  closeLabel?: string;
}

/** A blade's title with its close button, as every blade of the portal starts. */
export function BladeHeader({ title, subtitle, onClose, closeLabel = 'Close' }: BladeHeaderProps) {
  const action = onClose ? <Button appearance="subtle" aria-label={closeLabel} icon={<Dismiss24Regular />} onClick={onClose} /> : undefined;
  return (
    <DrawerHeader>
      <DrawerHeaderTitle action={action}>{title}</DrawerHeaderTitle>
      {typeof subtitle === 'string' ? <Text>{subtitle}</Text> : subtitle}
    </DrawerHeader>
  );
}
