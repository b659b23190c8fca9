'use client';

import { memo, type KeyboardEvent, type ReactNode } from 'react';
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
  href: string;
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
    <JobLink href={href} onOpen={() => onOpen(job)} tabIndex={-1}>
      {job.name}
    </JobLink>
  ),
  item: (job) => <ItemCell job={job} />,
  status: (job) => <JobStatus state={job.state} progress={job.progress} />,
  attempts: (job) => <span className={styles.number}>{job.attemptCount}</span>,
  startedBy: (job) => job.startedBy ?? 'Vault Portal',
  start: (job) => <JobTime iso={job.startTime} missing="Not started" />,
  duration: (job) => <JobDuration startTime={job.startTime} endTime={job.endTime} />,
};

export interface JobsTableProps {
  jobs: JobRow[];
  busy: boolean;
  openJobId: string | null;
  href: (job: JobRow) => string;
  onOpen: (job: JobRow) => void;
}

export function JobsTable({ jobs, busy, openJobId, href, onOpen }: JobsTableProps) {
  const rowNavigation = useRovingFocus<HTMLTableSectionElement>('vertical', ':scope > tr');
  // The list polls for new jobs: the rows the operator reads stay where they are.
  const anchorRef = useScrollAnchor<HTMLDivElement>('tr[data-row-key]', jobs);

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
            <JobsTableRow key={job.id} job={job} open={job.id === openJobId} href={href(job)} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface JobsTableRowProps {
  job: JobRow;
  open: boolean;
  href: string;
  onOpen: (job: JobRow) => void;
}

/**
 * One job's row. The list polls while jobs run: a row whose job did not change (the query keeps
 * its object) is not rendered again.
 */
const JobsTableRow = memo(function JobsTableRow({ job, open, href, onOpen }: JobsTableRowProps) {
  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(job);
    }
  }
  return (
    <tr
      data-row-key={job.id}
      aria-selected={open}
      className={`${styles.row} ${styles.interactive} ${styles.clickable}`}
      onClick={() => onOpen(job)}
      onKeyDown={onKeyDown}
    >
      {JOB_COLUMNS.map((column) => (
        <td key={column.key} role="gridcell" className={`${styles.cell} ${styles.truncate}`}>
          {CELLS[column.key](job, { href, onOpen })}
        </td>
      ))}
    </tr>
  );
});
