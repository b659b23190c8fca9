import { IntentLink } from '@/components/shell/intent-link';
import { useId, type ReactNode } from 'react';
import styles from './overview.module.css';

interface OverviewTileProps {
  title: string;
  caption?: string;
  footerLink?: { href: string; label: string };
  children: ReactNode;
}

/** A dashboard tile of the vault overview, labelled by its title for assistive technology. */
export function OverviewTile({ title, caption, footerLink, children }: OverviewTileProps) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className={styles.tile}>
      <div>
        <h2 id={titleId} className={styles.tileTitle}>
          {title}
        </h2>
        {caption && <p className={styles.caption}>{caption}</p>}
      </div>
      {children}
      {footerLink && (
        <div className={styles.footer}>
          <IntentLink href={footerLink.href} className={styles.link}>
            {footerLink.label}
          </IntentLink>
        </div>
      )}
    </section>
  );
}
