import { ListSkeleton } from '@/components/lists/list-skeleton';
import { ITEM_COLUMNS } from './columns';

/** Placeholder in the shape of the grid while the server reads the first page. */
export function ReplicatedItemsSkeleton() {
  return <ListSkeleton label="Loading replicated items" columnWidths={ITEM_COLUMNS.map((column) => column.width)} filters={3} commandsWidth="120px" />;
}
