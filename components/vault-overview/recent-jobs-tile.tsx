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
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import Link from 'next/link';
import { LocalTime } from '@/components/shell/local-time';
import { StatusIcon } from '@/components/replicated-items/status-icon';
import { vaultPath } from '@/components/shell/vault-sections';
import type { JobState } from '@/lib/domain/jobs/job-state';
import { jobStateLabel, jobStateTone } from '@/lib/domain/protection-status';
import type { JobStatusCounts } from '@/lib/schemas/jobs-page';
import { jobsHref } from '@/lib/schemas/jobs-params';
import { pluralize } from '@/lib/domain/plural';
import type { RecentJob } from '@/lib/schemas/vault-overview';
import { OverviewTile } from './overview-tile';
import { StatusCountList } from './status-count-list';

const useStyles = makeStyles({
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
  time: { whiteSpace: 'nowrap' },
  subheading: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground2 },
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
});

const COUNTED: Array<{ key: Exclude<keyof JobStatusCounts, 'range' | 'total'>; state: JobState }> = [
  { key: 'inProgress', state: 'InProgress' },
  { key: 'failed', state: 'Failed' },
  { key: 'waiting', state: 'Suspended' },
];

interface RecentJobsTileProps {
  vaultName: string;
  jobs: RecentJob[];
  counts: JobStatusCounts;
}

/** Running and failed jobs of the last day (each count opens the Jobs view filtered the same way) and the latest jobs. */
export function RecentJobsTile({ vaultName, jobs, counts }: RecentJobsTileProps) {
  const styles = useStyles();
  const listPath = vaultPath(vaultName, 'jobs');
  const statusCounts = COUNTED.map(({ key, state }) => ({
    key,
    label: jobStateLabel(state),
    count: counts[key],
    tone: jobStateTone(state),
    href: jobsHref(listPath, { status: state, range: counts.range }),
  }));

  return (
    <OverviewTile
      title="Site Recovery jobs"
      caption={`Last 24 hours · ${pluralize(counts.total, 'job')}`}
      footerLink={{ href: listPath, label: 'View all jobs' }}
    >
      {/* The bar is of every job of the day: 2 failed of 16 fill an eighth of it, not all. */}
      <StatusCountList counts={statusCounts} total={counts.total} label="Jobs by status" />
      <p className={styles.subheading}>Recent jobs</p>
      {jobs.length === 0 ? (
        <p className={styles.empty}>No Site Recovery jobs have run in this vault yet.</p>
      ) : (
        <Table size="small" aria-label="Recent jobs">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Item</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Start time</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {jobs.map((job) => (
              <TableRow key={job.id}>
                <TableCell>
                  <Link href={jobsHref(listPath, {}, job.id)} className={styles.link}>
                    {job.name}
                  </Link>
                </TableCell>
                <TableCell>{job.itemName}</TableCell>
                <TableCell>
                  <TableCellLayout media={<StatusIcon tone={jobStateTone(job.state)} />}>
                    {jobStateLabel(job.state)}
                  </TableCellLayout>
                </TableCell>
                <TableCell className={styles.time}>
                  <LocalTime iso={job.time} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </OverviewTile>
  );
}
