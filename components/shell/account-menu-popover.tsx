'use client';

import { Menu, MenuItem, MenuList, MenuPopover, makeStyles } from '@fluentui/react-components';
import Link from 'next/link';
import type { RefObject } from 'react';
import { signOutAction } from '@/lib/actions/auth';
import { useHoldFocusManager } from './focus-manager-holder';

const useStyles = makeStyles({
  link: { color: 'inherit', textDecorationLine: 'none' },
});

interface AccountMenuPopoverProps {
  /** The account's button in the top bar: the menu opens under it and toggles with it. */
  trigger: RefObject<HTMLButtonElement | null>;
  /** `returnFocus`: give focus back to the button (Escape, a command), not when the operator clicked elsewhere. */
  onClose(returnFocus: boolean): void;
}

/** The account menu, opened under the top bar's account button. */
export function AccountMenuPopover({ trigger, onClose }: AccountMenuPopoverProps) {
  const styles = useStyles();
  useHoldFocusManager();
  return (
    <Menu
      open
      positioning={{ target: trigger.current, position: 'below', align: 'start' }}
      onOpenChange={(event, data) => {
        if (data.open) return;
        // A click on the account button toggles the menu itself.
        if (event.target instanceof Node && trigger.current?.contains(event.target)) return;
        onClose(event.type === 'keydown' || event.type === 'click' && (event.target as Element).closest?.('[role="menuitem"]') !== null);
      }}
    >
      <MenuPopover>
        <MenuList>
          <Link href="/account/tokens" className={styles.link}>
            <MenuItem>Access tokens</MenuItem>
          </Link>
          <MenuItem onClick={() => void signOutAction()}>Sign out</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
