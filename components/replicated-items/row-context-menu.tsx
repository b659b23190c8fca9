'use client';

import { Menu, MenuItem, MenuList, MenuPopover, type PositioningVirtualElement } from '@fluentui/react-components';
import { useHoldFocusManager } from '@/components/shell/focus-manager-holder';
import type { RowCommand } from './row-command';

export interface RowContextMenuProps {
  target: HTMLElement | PositioningVirtualElement;
  onClose: () => void;
  commands: RowCommand[];
}

/**
 * One menu for the whole grid, opened where the row was right-clicked (or at the row
 * for Shift+F10), instead of a hidden menu per row.
 */
export default function RowContextMenu({ target, onClose, commands }: RowContextMenuProps) {
  useHoldFocusManager();
  return (
    <Menu
      open
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
      positioning={{ target, position: 'below', align: 'start' }}
    >
      <MenuPopover>
        <MenuList>
          {commands.map((command) => (
            <MenuItem
              key={command.key}
              icon={command.icon}
              disabled={Boolean(command.disabledReason)}
              secondaryContent={command.disabledReason ? 'Not available' : undefined}
              title={command.disabledReason}
              onClick={command.onSelect}
            >
              {command.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
