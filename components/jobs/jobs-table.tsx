'use client';

import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
} from '@fluentui/react-components';
import { useGridStyles } from '@/components/lists/grid-styles';
import { useRovingFocus } from '@/components/lists/use-roving-focus';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import type { JobRow } from '@/lib/schemas/jobs-page';
import { JobDuration, JobStatus, JobTime } from './job-cells';

interface Column {
  key: string;
  title: string;
  width: string;
  render: (job: JobRow, context: { now: number | null; href: (job: JobRow) => string; onOpen: (job: JobRow) => void }) => ReactNode;
}

const useStyles = makeStyles({
  table: { minWidth: '900px', tableLayout: 'fixed' },
  row: { cursor: 'pointer' },
});

function NameLink({ job, href, onOpen }: { job: JobRow; href: string; onOpen: (job: JobRow) => void }) {
  const grid = useGridStyles();
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    // A plain click opens the blade in place; Ctrl/middle click keeps the link's own behaviour.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    onOpen(job);
  }
  // Rows are the keyboard stops (Enter opens), so the links are not 25 more tab stops.
  return (
    <a href={href} className={grid.link} tabIndex={-1} onClick={onClick}>
      {job.name}
    </a>
  );
}

const COLUMNS: Column[] = [
  { key: 'name', title: 'Name', width: '22%', render: (job, { href, onOpen }) => <NameLink job={job} href={href(job)} onOpen={onOpen} /> },
  { key: 'item', title: 'Item', width: '22%', render: (job) => job.itemName },
  { key: 'status', title: 'Status', width: '20%', render: (job) => <JobStatus state={job.state} progress={job.progress} /> },
  { key: 'start', title: 'Start time', width: '22%', render: (job) => <JobTime iso={job.startTime} missing="Not started" /> },
  {
    key: 'duration',
    title: 'Duration',
    width: '14%',
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

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, job: JobRow) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(job);
    }
  }

  return (
    <div className={grid.scroller}>
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
