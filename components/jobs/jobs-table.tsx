'use client';

import {
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
} from '@fluentui/react-components';
import { machineCountText } from '@/lib/domain/jobs/job-display';
import { useGridStyles } from '@/components/lists/grid-styles';
import { useRovingFocus } from '@/components/lists/use-roving-focus';
import { useScrollAnchor } from '@/components/lists/use-scroll-anchor';
import type { KeyboardEvent, ReactNode } from 'react';
import type { JobRow } from '@/lib/schemas/jobs-page';
import { JobDuration, JobStatus, JobTime } from './job-cells';
import { JobLink } from './job-link';

interface Column {
  key: string;
  title: string;
  width: string;
  render: (job: JobRow, context: { now: number | null; href: (job: JobRow) => string; onOpen: (job: JobRow) => void }) => ReactNode;
}

const useStyles = makeStyles({
  table: { minWidth: '960px', tableLayout: 'fixed' },
  row: { cursor: 'pointer' },
  number: { fontVariantNumeric: 'tabular-nums' },
});

/** The item, and under it what ties the job to others: a plan job's machines, or the plan a machine's job is part of. */
function ItemCell({ job }: { job: JobRow }) {
  const relation = job.childCount > 0 ? machineCountText(job.childCount) : job.parent ? `Part of ${job.parent.itemName}` : undefined;
  return <TableCellLayout description={relation}>{job.itemName}</TableCellLayout>;
}

function AttemptCount({ count }: { count: number }) {
  const styles = useStyles();
  return <span className={styles.number}>{count}</span>;
}

const COLUMNS: Column[] = [
  {
    key: 'name',
    title: 'Name',
    width: '15%',
    render: (job, { href, onOpen }) => (
      // Rows are the keyboard stops (Enter opens), so the links are not 25 more tab stops.
      <JobLink href={href(job)} onOpen={() => onOpen(job)} tabIndex={-1}>
        {job.name}
      </JobLink>
    ),
  },
  { key: 'item', title: 'Item', width: '18%', render: (job) => <ItemCell job={job} /> },
  { key: 'status', title: 'Status', width: '16%', render: (job) => <JobStatus state={job.state} progress={job.progress} /> },
  { key: 'attempts', title: 'Attempts', width: '8%', render: (job) => <AttemptCount count={job.attemptCount} /> },
  { key: 'startedBy', title: 'Started by', width: '15%', render: (job) => job.startedBy ?? 'Vault Portal' },
  { key: 'start', title: 'Start time', width: '17%', render: (job) => <JobTime iso={job.startTime} missing="Not started" /> },
  {
    key: 'duration',
    title: 'Duration',
    width: '11%',
    render: (job, { now }) => <JobDuration startTime={job.startTime} endTime={job.endTime} now={now} />,
  },
];

/** Shared with the loading skeleton, so the placeholder has the grid's shape. */
export const JOB_COLUMN_WIDTHS = COLUMNS.map((column) => column.width);

export interface JobsTableProps {
  jobs: JobRow[];
  busy: boolean;
  openJobId: string | null;
  now: number | null;
  href: (job: JobRow) => string;
  onOpen: (job: JobRow) => void;
}

export function JobsTable({ jobs, busy, openJobId, now, href, onOpen }: JobsTableProps) {
  const styles = useStyles();
  const grid = useGridStyles();
  const rowNavigation = useRovingFocus<HTMLTableSectionElement>('vertical', ':scope > tr');
  // The list polls for new jobs: the rows the operator reads stay where they are.
  const anchorRef = useScrollAnchor<HTMLDivElement>('tr[data-row-key]', jobs);

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, job: JobRow) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(job);
    }
  }

  return (
    <div className={grid.scroller} ref={anchorRef}>
      <Table role="grid" aria-label="Jobs" aria-busy={busy} className={styles.table}>
        <TableHeader>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableHeaderCell key={column.key} className={grid.headerCell} style={{ width: column.width }}>
                {column.title}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody {...rowNavigation}>
          {jobs.map((job) => {
            const open = job.id === openJobId;
            return (
              <TableRow
                key={job.id}
                data-row-key={job.id}
                aria-selected={open}
                appearance={open ? 'brand' : 'none'}
                className={mergeClasses(grid.row, styles.row)}
                onClick={() => onOpen(job)}
                onKeyDown={(event) => onRowKeyDown(event, job)}
              >
                {COLUMNS.map((column) => (
                  <TableCell key={column.key} role="gridcell" className={grid.cell}>
                    {column.render(job, { now, href, onOpen })}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
