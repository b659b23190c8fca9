'use client';

import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ChevronRight12Regular, Vault24Regular } from '@fluentui/react-icons';
import Link from 'next/link';
import { useSelectedLayoutSegments } from 'next/navigation';
import type { ReactNode } from 'react';
import { findVaultSection, vaultPath } from './vault-sections';

const useStyles = makeStyles({
  root: { padding: '8px 20px 12px', backgroundColor: tokens.colorNeutralBackground1 },
  crumbs: {
    display: 'flex',
    alignItems: 'center',
    gap: '4px',
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    ...typographyStyles.caption1,
  },
  crumb: { display: 'inline-flex', alignItems: 'center', gap: '4px' },
  crumbLink: {
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: '2px',
    ':hover': { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  currentCrumb: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, paddingInline: '2px' },
  divider: { color: tokens.colorNeutralForeground3 },
  header: { display: 'flex', alignItems: 'center', gap: '12px', marginTop: '8px' },
  iconTile: {
    display: 'grid',
    placeItems: 'center',
    width: '36px',
    height: '36px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground1,
  },
  title: { ...typographyStyles.subtitle1, margin: 0, fontWeight: tokens.fontWeightSemibold },
  separator: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, paddingInline: '6px' },
  subtitle: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
});

interface Crumb {
  label: string;
  href: string;
}

/** The last crumb of a page below a section: the plan or item it shows. */
export function CurrentCrumb({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <li className={styles.crumb}>
      <ChevronRight12Regular aria-hidden className={styles.divider} />
      <span aria-current="page" className={styles.currentCrumb}>
        {label}
      </span>
    </li>
  );
}

/**
 * Breadcrumbs and the blade title ("vault | Section", subtitle "Recovery Services vault").
 * Plain links rather than Fluent's Breadcrumb: its keyboard helper would start Fluent's
 * focus manager while the page below is still streaming, and that manager edits the
 * not-yet-hydrated HTML of the page (a hydration mismatch).
 */
export function VaultPageHeading({ vaultName, currentCrumb }: { vaultName: string; currentCrumb?: ReactNode }) {
  const styles = useStyles();
  const segments = useSelectedLayoutSegments();
  const section = findVaultSection(segments[0] ?? null);
  const sectionTitle = section && section.segment !== null ? section.title : null;

  const crumbs: Crumb[] = [
    { label: 'Home', href: '/' },
    { label: vaultName, href: vaultPath(vaultName) },
    ...(section && sectionTitle ? [{ label: sectionTitle, href: vaultPath(vaultName, section.segment) }] : []),
  ];
  // Deeper pages (an item under Replicated items) keep every crumb a link.
  const lastIsCurrent = segments.length <= 1;

  return (
    <div className={styles.root}>
      <nav aria-label="Breadcrumb">
        <ol className={styles.crumbs}>
          {crumbs.map((crumb, index) => {
            const isCurrent = lastIsCurrent && index === crumbs.length - 1;
            return (
              <li key={crumb.href} className={styles.crumb}>
                {index > 0 && <ChevronRight12Regular aria-hidden className={styles.divider} />}
                {isCurrent ? (
                  <span aria-current="page" className={styles.currentCrumb}>
                    {crumb.label}
                  </span>
                ) : (
                  <Link href={crumb.href} className={styles.crumbLink}>
                    {crumb.label}
                  </Link>
                )}
              </li>
            );
          })}
          {lastIsCurrent ? null : currentCrumb}
        </ol>
      </nav>
      <div className={styles.header}>
        <span className={styles.iconTile} aria-hidden>
          <Vault24Regular />
        </span>
        <div>
          <h1 className={styles.title}>
            {vaultName}
            {sectionTitle && (
              <>
                {' '}
                <span className={styles.separator} aria-hidden>
                  |
                </span>{' '}
                {sectionTitle}
              </>
            )}
          </h1>
          <p className={styles.subtitle}>Recovery Services vault</p>
        </div>
      </div>
    </div>
  );
}
