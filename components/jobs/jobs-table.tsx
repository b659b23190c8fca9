'use client';

import type { KeyboardEvent, ReactNode } from 'react';
import { CellLayout } from '@/components/lists/cell-layout';
import styles from '@/components/lists/lists.module.css';
import { useRovingFocus } from '@/components/lists/use-roving-focus';
import { useScrollAnchor } from '@/components/lists/use-scroll-anchor';
import { machineCountText } from '@/lib/domain/jobs/job-display';
import type { JobRow } from '@/lib/schemas/jobs-page';
import { JOB_COLUMNS, type JobColumnKey } from './job-columns';
import { JobDuration, JobStatus, JobTime } from './job-cells';
import { JobLink } from './job-link';

interface CellContext {
  now: number | null;
  href: (job: JobRow) => string;
  onOpen: (job: JobRow) => void;
}

/** The item, and under it what ties the job to others: a plan job's machines, or the plan a machine's job is part of. */
function ItemCell({ job }: { job: JobRow }) {
  const relation = job.childCount > 0 ? machineCountText(job.childCount) : job.parent ? `Part of ${job.parent.itemName}` : undefined;
  return <CellLayout description={relation}>{job.itemName}</CellLayout>;
}

const CELLS: Record<JobColumnKey, (job: JobRow, context: CellContext) => ReactNode> = {
  name: (job, { href, onOpen }) => (
    // Rows are the keyboard stops (Enter opens), so the links are not 25 more tab stops.
    <JobLink href={href(job)} onOpen={() => onOpen(job)} tabIndex={-1}>
      {job.name}
    </JobLink>
  ),
  item: (job) => <ItemCell job={job} />,
  status: (job) => <JobStatus state={job.state} progress={job.progress} />,
  attempts: (job) => <span className={styles.number}>{job.attemptCount}</span>,
  startedBy: (job) => job.startedBy ?? 'Vault Portal',
  start: (job) => <JobTime iso={job.startTime} missing="Not started" />,
  duration: (job, { now }) => <JobDuration startTime={job.startTime} endTime={job.endTime} now={now} />,
};

export interface JobsTableProps {
  jobs: JobRow[];
  busy: boolean;
  openJobId: string | null;
  now: number | null;
  href: (job: JobRow) => string;
  onOpen: (job: JobRow) => void;
}

export function JobsTable({ jobs, busy, openJobId, now, href, onOpen }: JobsTableProps) {
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
    <div className={styles.scroller} ref={anchorRef}>
      <table role="grid" aria-label="Jobs" aria-busy={busy} className={styles.table} style={{ minWidth: '960px' }}>
        <thead>
          <tr className={styles.headerRow}>
            {JOB_COLUMNS.map((column) => (
              <th key={column.key} scope="col" className={`${styles.headerCell} ${styles.strongHeader}`} style={{ width: column.width }}>
                <div className={styles.headerContent}>{column.title}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody {...rowNavigation}>
          {jobs.map((job) => (
            <tr
              key={job.id}
              data-row-key={job.id}
              aria-selected={job.id === openJobId}
              className={`${styles.row} ${styles.interactive} ${styles.clickable}`}
              onClick={() => onOpen(job)}
              onKeyDown={(event) => onRowKeyDown(event, job)}
            >
              {JOB_COLUMNS.map((column) => (
                <td key={column.key} role="gridcell" className={`${styles.cell} ${styles.truncate}`}>
                  {CELLS[column.key](job, { now, href, onOpen })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
