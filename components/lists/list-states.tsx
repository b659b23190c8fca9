'use client';

import { Button, ProgressBar, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  progressSpace: { height: '2px' },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '8px',
    padding: '40px 16px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  emptyTitle: { ...typographyStyles.body1Strong, margin: 0 },
  emptyText: { margin: 0, color: tokens.colorNeutralForeground3 },
  error: { ...typographyStyles.body1, color: tokens.colorPaletteRedForeground1, margin: '0 0 8px' },
});

/** A refresh that failed: the list keeps what it showed and says so. */
export function ListLoadError({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <p role="alert" className={styles.error}>
      {message} Showing the last loaded list. Use Refresh to try again.
    </p>
  );
}

/** A bar while another page loads, in space kept for it so that the grid does not jump. */
export function ListLoadingBar({ loading, label }: { loading: boolean; label: string }) {
  const styles = useStyles();
  return loading ? <ProgressBar aria-label={label} className={styles.progressSpace} /> : <div className={styles.progressSpace} />;
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
  const styles = useStyles();
  return (
    <div className={styles.empty}>
      <p className={styles.emptyTitle}>{onClearFilters ? filteredTitle : emptyTitle}</p>
      {onClearFilters ? (
        <Button appearance="primary" onClick={onClearFilters}>
          Clear filters
        </Button>
      ) : emptyText ? (
        <p className={styles.emptyText}>{emptyText}</p>
      ) : null}
    </div>
  );
}
