'use client';

import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles } from '@fluentui/react-components';
import { PersonCircle24Regular } from '@fluentui/react-icons';
import Link from 'next/link';
import { signOutAction } from '@/lib/actions/auth';

const useStyles = makeStyles({
  trigger: { color: '#ffffff', minWidth: 0, fontWeight: 400 },
  link: { color: 'inherit', textDecorationLine: 'none' },
});

/** The signed-in user in the top bar: their access tokens, and sign out. */
export function AccountMenu({ email }: { email: string }) {
  const styles = useStyles();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="transparent" className={styles.trigger} icon={<PersonCircle24Regular />} aria-label={`Account: ${email}`}>
          {email}
        </Button>
      </MenuTrigger>
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
