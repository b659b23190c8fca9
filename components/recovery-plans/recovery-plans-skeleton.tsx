'use client';

import { Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  commands: { height: '32px', width: '240px' },
  row: { display: 'flex', gap: '12px', alignItems: 'center', height: '44px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

const COLUMNS = ['20%', '10%', '10%', '18%', '12%', '16%', '14%'];

/** Placeholder in the shape of a command bar and a grid while the server reads the plans. */
export function RecoveryPlansSkeleton({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <Skeleton aria-label={label} className={styles.root}>
      <SkeletonItem className={styles.commands} />
      {Array.from({ length: 6 }, (_, row) => (
        <div key={row} className={styles.row}>
          {COLUMNS.map((width, column) => (
            <SkeletonItem key={column} size={row === 0 ? 12 : 16} style={{ width }} />
          ))}
        </div>
      ))}
    </Skeleton>
  );
}
