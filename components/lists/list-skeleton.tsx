import styles from './lists.module.css';

const ROWS = 10;

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
  return (
    <div role="progressbar" aria-busy aria-label={label} className={styles.skeleton}>
      <span className={`${styles.skeletonItem} ${styles.skeletonCommands}`} style={{ width: commandsWidth }} />
      <div className={styles.skeletonFilters}>
        {Array.from({ length: filters }, (_, filter) => (
          <span key={filter} className={`${styles.skeletonItem} ${styles.skeletonFilter}`} />
        ))}
      </div>
      {Array.from({ length: ROWS + 1 }, (_, row) => (
        <div key={row} className={styles.skeletonRow}>
          {columnWidths.map((width, column) => (
            <span key={column} className={`${styles.skeletonItem} ${row === 0 ? styles.skeletonHeader : styles.skeletonText}`} style={{ width }} />
          ))}
        </div>
      ))}
    </div>
  );
}
