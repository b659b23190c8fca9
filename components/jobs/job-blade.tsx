'use client';

import { DrawerBody, MessageBar, MessageBarBody, MessageBarTitle, Skeleton, SkeletonItem, makeStyles, tokens, typographyStyles, useId } from '@fluentui/react-components';
import { BladeDrawer } from '@/components/shell/blade-drawer';

import { anyJobRunning } from '@/lib/domain/jobs/job-display';
import type { JobDetail } from '@/lib/schemas/jobs-page';
import { JobEarlierAttempts } from './job-attempts';
import { JobBladeCommands } from './job-blade-commands';
import { JobChildrenTable } from './job-children-table';
import { JobErrors } from './job-errors';
import { JobSummary } from './job-summary';
import { JobTasksTable } from './job-tasks-table';
import { NotFoundError, useJobDetail } from './use-jobs';
import { BladeHeader } from '@/components/shell/blade-header';

const useStyles = makeStyles({
  subtitle: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, margin: 0 },
  body: { display: 'flex', flexDirection: 'column', gap: '20px', paddingBottom: '24px' },
  sectionTitle: { ...typographyStyles.subtitle2, margin: '0 0 8px' },
  loading: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

interface JobBladeProps {
  vaultName: string;
  jobId: string;
  /** What the server rendered for ?job=, used when it is this job. */
  initialJob: JobDetail | null;
  /** Another job's URL and blade: a plan's machine jobs, a machine job's plan job. */
  jobHref: (jobId: string) => string;
  onOpenJob: (jobId: string) => void;
  onClose: () => void;
}

/** The job's details over the Jobs list, as the portal's job blade: live until the job (and those it follows) finish. */
export function JobBlade({ vaultName, jobId, initialJob, jobHref, onOpenJob, onClose }: JobBladeProps) {
  const styles = useStyles();
  const detail = useJobDetail(vaultName, jobId, initialJob);
  const job = detail.data;
  const live = Boolean(job && anyJobRunning([job.state, ...job.children.map((child) => child.state)]));
  const title = job ? job.name : 'Job details';
  const tasksTitleId = useId('job-tasks');
  const machinesTitleId = useId('job-machines');
  // Once a job has been restarted, its tasks and errors are said to be the current attempt's.
  const ofAttempt = job && job.attemptCount > 1 ? ` of attempt ${job.attemptCount}` : '';

  return (
    <BladeDrawer size="large" onClose={onClose} label={job ? `${job.name} job for ${job.itemName}` : 'Job details'}>
      <BladeHeader title={title} subtitle={<p className={styles.subtitle}>{job ? `Site Recovery job · ${job.itemName}` : 'Site Recovery job'}</p>} onClose={onClose} />
      <DrawerBody>
        {job ? (
          <div className={styles.body}>
            <JobBladeCommands vaultName={vaultName} job={job} refreshing={detail.isFetching} onRefresh={() => void detail.refetch()} />
            {detail.isError && (
              <MessageBar intent="warning">
                <MessageBarBody>{detail.error.message} Showing the last loaded details.</MessageBarBody>
              </MessageBar>
            )}
            <JobSummary vaultName={vaultName} job={job} live={live} jobHref={jobHref} onOpenJob={onOpenJob} />
            {job.children.length > 0 && (
              <section aria-labelledby={machinesTitleId}>
                <h3 id={machinesTitleId} className={styles.sectionTitle}>
                  Machines
                </h3>
                <JobChildrenTable jobs={job.children} jobHref={jobHref} onOpenJob={onOpenJob} />
              </section>
            )}
            <section aria-labelledby={tasksTitleId}>
              <h3 id={tasksTitleId} className={styles.sectionTitle}>
                Tasks{ofAttempt}
              </h3>
              <JobTasksTable tasks={job.tasks} live={live} attempt={job.attemptCount} label="Job tasks" />
            </section>
            {job.errors.length > 0 && <JobErrors errors={job.errors} title={`Error details${ofAttempt}`} />}
            {job.earlierAttempts.length > 0 && <JobEarlierAttempts attempts={job.earlierAttempts} />}
          </div>
        ) : detail.isError ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{detail.error instanceof NotFoundError ? 'Job not found' : 'The job could not be loaded'}</MessageBarTitle>
              {detail.error instanceof NotFoundError
                ? `There is no job ${jobId} in vault ${vaultName}. It may have been removed with its vault data.`
                : detail.error.message}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <Skeleton aria-label="Loading the job" className={styles.loading}>
            <SkeletonItem size={32} />
            <SkeletonItem size={16} />
            <SkeletonItem size={16} />
            <SkeletonItem size={128} />
          </Skeleton>
        )}
      </DrawerBody>
    </BladeDrawer>
  );
}
