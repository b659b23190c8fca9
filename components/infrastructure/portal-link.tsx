'use client';

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Wrench16Regular } from '@fluentui/react-icons';
import NextLink from 'next/link';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  fix: { display: 'inline-flex', alignItems: 'center', gap: '4px', whiteSpace: 'nowrap' },
});

/** An in-portal link with Fluent's link colours, navigating without a full reload. */
export function PortalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  const styles = useStyles();
  return (
    <NextLink href={href} className={mergeClasses(styles.link, className)} prefetch={false}>
      {children}
    </NextLink>
  );
}

/** "Fix in the lab": beside a failed check, to where the site lab makes that change. */
export function FixInLabLink({ href, label = 'Fix in the lab' }: { href: string; label?: string }) {
  const styles = useStyles();
  return (
    <NextLink href={href} className={mergeClasses(styles.link, styles.fix)} prefetch={false}>
      <Wrench16Regular aria-hidden />
      {label}
    </NextLink>
  );
}
