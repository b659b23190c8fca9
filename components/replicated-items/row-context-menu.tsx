'use client';

import { Menu, MenuList, MenuPopover, type PositioningVirtualElement } from '@fluentui/react-components';
import type { ReactNode } from 'react';

interface RowContextMenuProps {
  target: HTMLElement | PositioningVirtualElement;
  onClose: () => void;
  /** MenuItem elements for the row. */
  children: ReactNode;
}

/**
 * One menu for the whole grid, opened where the row was right-clicked (or at the row
 * for Shift+F10), instead of a hidden menu per row.
 */
export function RowContextMenu({ target, onClose, children }: RowContextMenuProps) {
  return (
    <Menu
      open
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
      positioning={{ target, position: 'below', align: 'start' }}
    >
      <MenuPopover>
        <MenuList>{children}</MenuList>
      </MenuPopover>
    </Menu>
  );
}
