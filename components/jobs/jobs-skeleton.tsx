'use client';

import { ListSkeleton } from '@/components/lists/list-skeleton';
import { JOB_COLUMN_WIDTHS } from './jobs-table';

/** Placeholder in the shape of the Jobs grid while the server reads the first page. */
export function JobsSkeleton() {
  return <ListSkeleton label="Loading jobs" columnWidths={JOB_COLUMN_WIDTHS} filters={5} commandsWidth="240px" />;
}
