'use client';

import { Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';
import { JOB_COLUMN_WIDTHS } from './jobs-table';

const ROWS = 10;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  commands: { height: '32px', width: '240px' },
  filters: { display: 'flex', gap: '16px', marginBottom: '8px' },
  filter: { height: '32px', width: '200px' },
  row: {
    display: 'flex',
    gap: '12px',
    alignItems: 'center',
    height: '44px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Placeholder in the shape of the Jobs grid while the server reads the first page. */
export function JobsSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading jobs" className={styles.root}>
      <SkeletonItem className={styles.commands} />
      <div className={styles.filters}>
        {[0, 1, 2, 3].map((filter) => (
          <SkeletonItem key={filter} className={styles.filter} />
        ))}
      </div>
      {Array.from({ length: ROWS + 1 }, (_, row) => (
        <div key={row} className={styles.row}>
          {JOB_COLUMN_WIDTHS.map((width, column) => (
            <SkeletonItem key={column} size={row === 0 ? 12 : 16} style={{ width }} />
          ))}
        </div>
      ))}
    </Skeleton>
  );
}
