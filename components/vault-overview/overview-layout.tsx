import type { ReactNode } from 'react';
import styles from './overview.module.css';

export function OverviewLayout({ essentials, children }: { essentials: ReactNode; children: ReactNode }) {
  return (
    <div className={styles.root}>
      {essentials}
      <h2 className={styles.heading}>Site Recovery</h2>
      <div className={styles.tiles}>{children}</div>
    </div>
  );
}
