'use client';

import { ListSkeleton } from '@/components/lists/list-skeleton';
import { COLUMN_WIDTHS } from './replicated-items-table';

/** Placeholder in the shape of the grid while the server reads the first page. */
export function ReplicatedItemsSkeleton() {
  return <ListSkeleton label="Loading replicated items" columnWidths={COLUMN_WIDTHS} filters={3} commandsWidth="120px" />;
}
