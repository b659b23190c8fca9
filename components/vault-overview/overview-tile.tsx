'use client';

import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import Link from 'next/link';
import { useId, type ReactNode } from 'react';

export const useTileStyles = makeStyles({
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '16px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  caption: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  footer: { marginTop: 'auto', ...typographyStyles.body1 },
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
});

interface OverviewTileProps {
  title: string;
  caption?: string;
  footerLink?: { href: string; label: string };
  children: ReactNode;
}

/** A dashboard tile of the vault overview, labelled by its title for assistive technology. */
export function OverviewTile({ title, caption, footerLink, children }: OverviewTileProps) {
  const styles = useTileStyles();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className={styles.tile}>
      <div>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        {caption && <p className={styles.caption}>{caption}</p>}
      </div>
      {children}
      {footerLink && (
        <div className={styles.footer}>
          <Link href={footerLink.href} className={styles.link}>
            {footerLink.label}
          </Link>
        </div>
      )}
    </section>
  );
}
