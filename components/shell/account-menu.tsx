'use client';

import { PersonCircle24Regular } from '@fluentui/react-icons';
import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import styles from './shell.module.css';

// The top bar shows the account's button on every page; the menu it opens (Fluent's Menu, its
// positioning and focus management) loads when the operator reaches for it.
const loadMenu = () => import('./account-menu-popover');
const AccountMenuPopover = dynamic(() => loadMenu().then((module) => module.AccountMenuPopover), { ssr: false });

/** The signed-in user in the top bar: their access tokens, and sign out. */
export function AccountMenu({ email }: { email: string }) {
  const trigger = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        aria-label={`Account: ${email}`}
        aria-haspopup="menu"
        aria-expanded={open}
        className={`${styles.barButton} ${styles.account}`}
        onPointerEnter={() => void loadMenu()}
        onFocus={() => void loadMenu()}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className={styles.barIcon} aria-hidden>
          <PersonCircle24Regular />
        </span>
        {email}
      </button>
      {open ? (
        <AccountMenuPopover
          trigger={trigger}
          onClose={(returnFocus) => {
            setOpen(false);
            if (returnFocus) trigger.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
