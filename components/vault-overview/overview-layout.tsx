'use client';

import { makeStyles, typographyStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '1400px' },
  heading: { ...typographyStyles.subtitle2, margin: '4px 0 0' },
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
    gap: '16px',
    alignItems: 'stretch',
    // The jobs table needs the full width to stay readable.
    '& > :last-child': { gridColumn: '1 / -1' },
  },
});

export function OverviewLayout({ essentials, children }: { essentials: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {essentials}
      <h2 className={styles.heading}>Site Recovery</h2>
      <div className={styles.tiles}>{children}</div>
    </div>
  );
}
