'use client';

import { ChevronRight12Regular, Vault24Regular } from '@fluentui/react-icons';
import { IntentLink } from './intent-link';
import { useSelectedLayoutSegments } from 'next/navigation';
import type { ReactNode } from 'react';
import styles from './shell.module.css';
import { findVaultSection, vaultPath } from './vault-sections';

interface Crumb {
  label: string;
  href: string;
}

/** The last crumb of a page below a section: the plan or item it shows. */
export function CurrentCrumb({ label }: { label: string }) {
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
    <div className={styles.heading}>
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
                  <IntentLink href={crumb.href} className={styles.crumbLink}>
                    {crumb.label}
                  </IntentLink>
                )}
              </li>
            );
          })}
          {lastIsCurrent ? null : currentCrumb}
        </ol>
      </nav>
      <div className={styles.title}>
        <span className={styles.iconTile} aria-hidden>
          <Vault24Regular />
        </span>
        <div>
          <h1 className={styles.titleText}>
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
