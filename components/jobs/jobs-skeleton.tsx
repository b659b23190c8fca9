import { ListSkeleton } from '@/components/lists/list-skeleton';
import { JOB_COLUMNS } from './job-columns';

/** Placeholder in the shape of the Jobs grid while the server reads the first page. */
export function JobsSkeleton() {
  return <ListSkeleton label="Loading jobs" columnWidths={JOB_COLUMNS.map((column) => column.width)} filters={5} commandsWidth="240px" />;
}
