import { NativeButton } from '@/components/ui/buttons';
import styles from './lists.module.css';

/** A refresh that failed: the list keeps what it showed and says so. */
export function ListLoadError({ message }: { message: string }) {
  return (
    <p role="alert" className={styles.loadError}>
      {message} Showing the last loaded list. Use Refresh to try again.
    </p>
  );
}

/** A bar while another page loads, in space kept for it so that the grid does not jump. */
export function ListLoadingBar({ loading, label }: { loading: boolean; label: string }) {
  return (
    <div className={styles.progressSpace}>
      {loading ? <span role="progressbar" aria-label={label} className={styles.progress} /> : null}
    </div>
  );
}

interface ListEmptyProps {
  /** What the empty list shows when filters hide everything, and when there is nothing at all. */
  filteredTitle: string;
  emptyTitle: string;
  emptyText?: string;
  /** Set when filters are on: the button that clears them. */
  onClearFilters?: () => void;
}

/** An empty list: why it is empty, and the way out when filters are the reason. */
export function ListEmpty({ filteredTitle, emptyTitle, emptyText, onClearFilters }: ListEmptyProps) {
  return (
    <div className={styles.empty}>
      <p className={styles.emptyTitle}>{onClearFilters ? filteredTitle : emptyTitle}</p>
      {onClearFilters ? (
        <NativeButton appearance="primary" onClick={onClearFilters}>
          Clear filters
        </NativeButton>
      ) : emptyText ? (
        <p className={styles.emptyText}>{emptyText}</p>
      ) : null}
    </div>
  );
}
