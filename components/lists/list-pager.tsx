'use client';

import { ChevronLeft16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { NativeButton } from '@/components/ui/buttons';
import { groupDigits } from '@/lib/domain/display-format';
import styles from './lists.module.css';

interface ListPagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** The list was counted only up to `total`: there are more pages after the last one shown. */
  totalCapped?: boolean;
  onPageChange: (page: number) => void;
}

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
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const hasNext = page < lastPage || totalCapped;

  return (
    <div className={styles.pager}>
      <span className={styles.pagerSummary} role="status">
        Showing {groupDigits(first)} - {groupDigits(last)} of {groupDigits(total)}
        {totalCapped ? '+' : ''}
      </span>
      {(lastPage > 1 || totalCapped) && (
        <nav aria-label="Pagination" className={styles.pages}>
          <PageStep label="Previous" disabled={page <= 1} onClick={() => onPageChange(page - 1)} />
          {visiblePages(page, lastPage).map((entry, index) =>
            entry === 'gap' ? (
              <span key={`gap-${index}`} className={styles.pageGap} aria-hidden>
                …
              </span>
            ) : (
              <NativeButton
                key={entry}
                size="small"
                className={styles.pageNumber}
                appearance={entry === page ? 'primary' : 'subtle'}
                aria-label={`Page ${entry}`}
                aria-current={entry === page ? 'page' : undefined}
                onClick={() => onPageChange(entry)}
              >
                {entry}
              </NativeButton>
            ),
          )}
          {totalCapped && (
            <span className={styles.pageGap} aria-hidden>
              …
            </span>
          )}
          <PageStep label="Next" disabled={!hasNext} onClick={() => onPageChange(page + 1)} />
        </nav>
      )}
    </div>
  );
}

/** Previous or Next: off at either end of the list. */
function PageStep({ label, disabled, onClick }: { label: 'Previous' | 'Next'; disabled: boolean; onClick: () => void }) {
  const next = label === 'Next';
  return (
    <NativeButton
      appearance="subtle"
      size="small"
      icon={next ? <ChevronRight16Regular /> : <ChevronLeft16Regular />}
      iconPosition={next ? 'after' : 'before'}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </NativeButton>
  );
}
