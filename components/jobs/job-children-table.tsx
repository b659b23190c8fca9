'use client';

import {
  Caption1,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { isActive } from '@/lib/domain/jobs/job-state';
import type { JobChild } from '@/lib/schemas/jobs-page';
import { JobStatus, JobTime } from './job-cells';
import { JobLink } from './job-link';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed' },
  headerCell: { fontWeight: tokens.fontWeightSemibold },
  name: { overflowWrap: 'anywhere' },
  status: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground3 },
  error: {
    ...typographyStyles.caption1,
    margin: '2px 0 0',
    paddingLeft: '8px',
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    overflowWrap: 'anywhere',
  },
  nowrap: { whiteSpace: 'nowrap' },
});

interface JobChildrenTableProps {
  jobs: JobChild[];
  jobHref: (jobId: string) => string;
  onOpenJob: (jobId: string) => void;
}

/**
 * The jobs a job follows, one row per machine as the portal lists a recovery plan's
 * machines: each links to its own job, and a failed one shows why it failed.
 */
export function JobChildrenTable({ jobs, jobHref, onOpenJob }: JobChildrenTableProps) {
  const styles = useStyles();
  return (
    <Table size="small" aria-label="Machine jobs" className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.headerCell} style={{ width: '24%' }}>
            Machine
          </TableHeaderCell>
          <TableHeaderCell className={styles.headerCell} style={{ width: '40%' }}>
            Status
          </TableHeaderCell>
          <TableHeaderCell className={styles.headerCell} style={{ width: '18%' }}>
            Start time
          </TableHeaderCell>
          <TableHeaderCell className={styles.headerCell} style={{ width: '18%' }}>
            End time
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {jobs.map((job) => (
          <TableRow key={job.id} aria-label={job.itemName}>
            <TableCell className={styles.name}>
              <JobLink href={jobHref(job.id)} onOpen={() => onOpenJob(job.id)}>
                {job.itemName}
              </JobLink>
              {job.attemptCount > 1 && <Caption1 className={styles.detail}> · attempt {job.attemptCount}</Caption1>}
            </TableCell>
            <TableCell>
              <div className={styles.status}>
                <JobStatus state={job.state} progress={job.progress} />
                {isActive(job.state) && <ProgressBar value={job.progress / 100} aria-label={`Progress of ${job.itemName} ${job.progress}%`} />}
                {job.currentTask && <Caption1 className={styles.detail}>{job.currentTask}</Caption1>}
                {job.error && (
                  <p className={styles.error}>
                    Error {job.error.errorCode}: {job.error.errorMessage} {job.error.recommendedAction}
                  </p>
                )}
              </div>
            </TableCell>
            <TableCell className={styles.nowrap}>
              <JobTime iso={job.startTime} missing="Not started" />
            </TableCell>
            <TableCell className={styles.nowrap}>
              <JobTime iso={job.endTime} missing="Not finished" />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
