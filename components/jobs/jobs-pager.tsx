'use client';

import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeft16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { visiblePages } from '@/components/replicated-items/replicated-items-pager';

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

interface JobsPagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** The list was counted only up to `total`: there are more pages after the last one shown. */
  totalCapped: boolean;
  onPageChange: (page: number) => void;
}

const numberFormat = new Intl.NumberFormat('en-US');

/** Page numbers like the Replicated items grid; a large list reads "of 1,025+" and keeps Next enabled. */
export function JobsPager({ page, pageSize, total, totalCapped, onPageChange }: JobsPagerProps) {
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
