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
          {commands.map((command) => {
            // A command that does not apply stays in the menu, reachable with the arrow keys, with
            // its reason written under it and read as its description.
            const reason = command.disabledReason;
            const ids = { label: `row-command-${command.key}-label`, reason: `row-command-${command.key}-reason` };
            return (
              <MenuItem
                key={command.key}
                icon={command.icon}
                disabled={Boolean(reason)}
                aria-labelledby={ids.label}
                aria-describedby={reason ? ids.reason : undefined}
                subText={reason ? { id: ids.reason, children: reason, style: { whiteSpace: 'normal', maxWidth: 280, color: 'var(--colorNeutralForeground2)' } } : undefined}
                onClick={command.onSelect}
              >
                <span id={ids.label}>{command.label}</span>
              </MenuItem>
            );
          })}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
