'use client';

import { OverlayDrawer, type DrawerProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useHoldFocusManager } from './focus-manager-holder';

interface BladeDrawerProps {
  /** The blade's accessible name, e.g. "Re-Protect web-iis-01". */
  label?: string;
  size?: DrawerProps['size'];
  /** False while a closed blade waits for the page underneath to arrive. */
  open?: boolean;
  onClose: () => void;
  children: ReactNode;
}

/** A blade: the panel that slides over the page from the right, as in the Azure portal. */
export function BladeDrawer({ label, size = 'medium', open = true, onClose, children }: BladeDrawerProps) {
  useHoldFocusManager();
  return (
    <OverlayDrawer open={open} position="end" size={size} onOpenChange={(_, data) => !data.open && onClose()} aria-label={label}>
      {children}
    </OverlayDrawer>
  );
}
