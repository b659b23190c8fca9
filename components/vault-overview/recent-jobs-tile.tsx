import { IntentLink } from '@/components/shell/intent-link';
import { CellLayout } from '@/components/lists/cell-layout';
import grid from '@/components/lists/lists.module.css';
import { SmallTableHead } from '@/components/lists/small-table-head';
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
import styles from './overview.module.css';
import { StatusCountList } from './status-count-list';

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
        <table aria-label="Recent jobs" className={`${grid.table} ${grid.small}`}>
          <SmallTableHead titles={['Name', 'Item', 'Status', 'Start time']} />
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id} className={`${grid.row} ${grid.interactive}`}>
                <td className={grid.cell}>
                  <IntentLink href={jobsHref(listPath, {}, job.id)} className={styles.link}>
                    {job.name}
                  </IntentLink>
                </td>
                <td className={grid.cell}>{job.itemName}</td>
                <td className={grid.cell}>
                  <CellLayout media={<StatusIcon tone={jobStateTone(job.state)} />}>{jobStateLabel(job.state)}</CellLayout>
                </td>
                <td className={`${grid.cell} ${styles.nowrap}`}>
                  <LocalTime iso={job.time} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </OverviewTile>
  );
}
