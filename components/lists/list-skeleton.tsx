'use client';

import { Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';

const ROWS = 10;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  commands: { height: '32px' },
  filters: { display: 'flex', gap: '16px', marginBottom: '8px' },
  filter: { height: '32px', width: '210px' },
  row: {
    display: 'flex',
    gap: '12px',
    alignItems: 'center',
    height: '44px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

interface ListSkeletonProps {
  /** Read by assistive technology, e.g. "Loading jobs". */
  label: string;
  /** The grid's column widths, so that the page does not jump when it arrives. */
  columnWidths: readonly string[];
  filters: number;
  commandsWidth: string;
}

/** Placeholder in the shape of a portal list (command bar, filters, grid) while the server reads it. */
export function ListSkeleton({ label, columnWidths, filters, commandsWidth }: ListSkeletonProps) {
  const styles = useStyles();
  return (
    <Skeleton aria-label={label} className={styles.root}>
      <SkeletonItem className={styles.commands} style={{ width: commandsWidth }} />
      <div className={styles.filters}>
        {Array.from({ length: filters }, (_, filter) => (
          <SkeletonItem key={filter} className={styles.filter} />
        ))}
      </div>
      {Array.from({ length: ROWS + 1 }, (_, row) => (
        <div key={row} className={styles.row}>
          {columnWidths.map((width, column) => (
            <SkeletonItem key={column} size={row === 0 ? 12 : 16} style={{ width }} />
          ))}
        </div>
      ))}
    </Skeleton>
  );
}
