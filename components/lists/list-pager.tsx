'use client';

import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeft16Regular, ChevronRight16Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '8px',
    paddingBlock: '12px',
  },
  summary: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  pages: { display: 'flex', alignItems: 'center', gap: '2px' },
  page: { minWidth: '32px' },
  gap: { paddingInline: '6px', color: tokens.colorNeutralForeground3 },
});

interface ListPagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** The list was counted only up to `total`: there are more pages after the last one shown. */
  totalCapped?: boolean;
  onPageChange: (page: number) => void;
}

const numberFormat = new Intl.NumberFormat('en-US');

/** Page numbers around the current one, plus the first and last: 1 … 4 5 6 … 20. */
export function visiblePages(current: number, last: number): (number | 'gap')[] {
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((page) => page >= 1 && page <= last));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || page - previous === 1) return [page];
    // A gap of exactly one page shows that page rather than an ellipsis.
    return page - previous === 2 ? [page - 1, page] : (['gap', page] as const);
  });
}

/** The pager under a portal list; a list counted only in part reads "of 1,025+" and keeps Next enabled. */
export function ListPager({ page, pageSize, total, totalCapped = false, onPageChange }: ListPagerProps) {
  const styles = useStyles();
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const hasNext = page < lastPage || totalCapped;

  return (
    <div className={styles.root}>
      <Text className={styles.summary} role="status">
        Showing {numberFormat.format(first)} - {numberFormat.format(last)} of {numberFormat.format(total)}
        {totalCapped ? '+' : ''}
      </Text>
      {(lastPage > 1 || totalCapped) && (
        <nav aria-label="Pagination" className={styles.pages}>
          <Button appearance="subtle" size="small" icon={<ChevronLeft16Regular />} disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
            Previous
          </Button>
          {visiblePages(page, lastPage).map((entry, index) =>
            entry === 'gap' ? (
              <span key={`gap-${index}`} className={styles.gap} aria-hidden>
                …
              </span>
            ) : (
              <Button
                key={entry}
                size="small"
                className={styles.page}
                appearance={entry === page ? 'primary' : 'subtle'}
                aria-label={`Page ${entry}`}
                aria-current={entry === page ? 'page' : undefined}
                onClick={() => onPageChange(entry)}
              >
                {entry}
              </Button>
            ),
          )}
          {totalCapped && (
            <span className={styles.gap} aria-hidden>
              …
            </span>
          )}
          <Button
            appearance="subtle"
            size="small"
            icon={<ChevronRight16Regular />}
            iconPosition="after"
            disabled={!hasNext}
            onClick={() => onPageChange(page + 1)}
          >
            Next
          </Button>
        </nav>
      )}
    </div>
  );
}
