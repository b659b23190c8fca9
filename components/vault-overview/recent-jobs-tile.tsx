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
} from '@fluentui/react-components';
import { LocalTime } from '@/components/shell/local-time';
import { StatusIcon } from '@/components/replicated-items/status-icon';
import { vaultPath } from '@/components/shell/vault-sections';
import { jobStateLabel, jobStateTone } from '@/lib/domain/protection-status';
import type { RecentJob } from '@/lib/schemas/vault-overview';
import { OverviewTile } from './overview-tile';

const useStyles = makeStyles({
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
  time: { whiteSpace: 'nowrap' },
});

/** The latest Site Recovery jobs of the vault; the Jobs view has the full list. */
export function RecentJobsTile({ vaultName, jobs }: { vaultName: string; jobs: RecentJob[] }) {
  const styles = useStyles();
  return (
    <OverviewTile
      title="Recent jobs"
      caption="Last 5 Site Recovery jobs"
      footerLink={{ href: vaultPath(vaultName, 'jobs'), label: 'View all jobs' }}
    >
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
                <TableCell>{job.name}</TableCell>
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
