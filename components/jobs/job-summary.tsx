'use client';

import { Field, ProgressBar, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { vaultPath } from '@/components/shell/vault-sections';
import { attemptNumberText, attemptStarterText } from '@/lib/domain/jobs/job-attempts';
import { jobTypeLabel } from '@/lib/domain/jobs/job-display';
import { isTerminal, type JobState } from '@/lib/domain/jobs/job-state';
import type { JobDetail } from '@/lib/schemas/jobs-page';
import { DEFAULT_REPLICATED_ITEMS_QUERY, replicatedItemsHref } from '@/lib/schemas/replicated-items-params';
import { JobDuration, JobStatus, JobTime } from './job-cells';
import { JobLink } from './job-link';

const useStyles = makeStyles({
  essentials: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    columnGap: '24px',
    rowGap: '10px',
    margin: 0,
  },
  entry: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  term: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  value: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
  note: { ...typographyStyles.caption1, color: tokens.colorPaletteDarkOrangeForeground1 },
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
});

const BAR_COLOR: Partial<Record<JobState, 'success' | 'error' | 'warning'>> = {
  Succeeded: 'success',
  Failed: 'error',
  Suspended: 'warning',
};

function Entry({ term, children }: { term: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.entry}>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{children}</dd>
    </div>
  );
}

interface JobSummaryProps {
  vaultName: string;
  job: JobDetail;
  /** The job or one it follows runs: its duration counts up. */
  live: boolean;
  jobHref: (jobId: string) => string;
  onOpenJob: (jobId: string) => void;
}

/** The blade's essentials: what ran on which item, its current attempt's status, times and overall progress. */
export function JobSummary({ vaultName, job, live, jobHref, onOpenJob }: JobSummaryProps) {
  const styles = useStyles();
  // The item may have been renamed or removed since: the grid, filtered by the name the job recorded, shows what is there now.
  const itemHref = replicatedItemsHref(vaultPath(vaultName, 'replicated-items'), { ...DEFAULT_REPLICATED_ITEMS_QUERY, q: job.itemName });
  const cancelling = job.cancelRequested && !isTerminal(job.state);

  return (
    <>
      <dl className={styles.essentials} aria-label="Job essentials">
        <Entry term="Job name">{job.name}</Entry>
        <Entry term="Item">
          <Link href={itemHref} className={styles.link}>
            {job.itemName}
          </Link>
        </Entry>
        <Entry term="Status">
          <JobStatus state={job.state} progress={job.progress} />
          {cancelling && <span className={styles.note}> Cancellation requested</span>}
        </Entry>
        <Entry term="Type">{jobTypeLabel(job.scenarioName)}</Entry>
        <Entry term="Attempt">{attemptNumberText(job.attemptCount, job.attemptCount)}</Entry>
        <Entry term="Started by">{attemptStarterText(job)}</Entry>
        {job.parent && (
          <Entry term="Part of">
            <JobLink href={jobHref(job.parent.id)} onOpen={() => onOpenJob(job.parent!.id)}>
              {`${job.parent.itemName} job`}
            </JobLink>
          </Entry>
        )}
        {job.childCount > 0 && <Entry term="Machines">{job.childCount}</Entry>}
        <Entry term="Start time">
          <JobTime iso={job.startTime} missing="Not started" />
        </Entry>
        <Entry term="End time">
          <JobTime iso={job.endTime} missing={isTerminal(job.state) ? 'None' : 'Still running'} />
        </Entry>
        <Entry term="Duration">
          <JobDuration startTime={job.startTime} endTime={job.endTime} live={live} />
        </Entry>
        <Entry term="Job ID">{job.id}</Entry>
      </dl>
      <Field label="Progress" validationMessage={`${job.progress}% complete`} validationState="none">
        <ProgressBar value={job.progress / 100} color={BAR_COLOR[job.state] ?? 'brand'} thickness="large" aria-label={`Job progress ${job.progress}%`} />
      </Field>
    </>
  );
}
