'use client';

import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  makeStyles,
  tokens,
  typographyStyles,
  useId,
} from '@fluentui/react-components';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { isTerminal } from '@/lib/domain/jobs/job-state';
import type { JobDetail } from '@/lib/schemas/jobs-page';
import { JobBladeCommands } from './job-blade-commands';
import { JobErrors } from './job-errors';
import { JobSummary } from './job-summary';
import { JobTasksTable } from './job-tasks-table';
import { NotFoundError, useJobDetail } from './use-jobs';
import { useNow } from './use-now';

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
  onClose: () => void;
}

/** The job's details over the Jobs list, as the portal's job blade: live until the job finishes. */
export function JobBlade({ vaultName, jobId, initialJob, onClose }: JobBladeProps) {
  const styles = useStyles();
  const detail = useJobDetail(vaultName, jobId, initialJob);
  const job = detail.data;
  const now = useNow(Boolean(job && !isTerminal(job.state)));
  const title = job ? job.name : 'Job details';
  const tasksTitleId = useId('job-tasks');

  return (
    <BladeDrawer size="large" onClose={onClose} label={job ? `${job.name} job for ${job.itemName}` : 'Job details'}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={onClose} />}>
          {title}
        </DrawerHeaderTitle>
        <p className={styles.subtitle}>{job ? `Site Recovery job · ${job.itemName}` : 'Site Recovery job'}</p>
      </DrawerHeader>
      <DrawerBody>
        {job ? (
          <div className={styles.body}>
            <JobBladeCommands vaultName={vaultName} job={job} refreshing={detail.isFetching} onRefresh={() => void detail.refetch()} />
            {detail.isError && (
              <MessageBar intent="warning">
                <MessageBarBody>{detail.error.message} Showing the last loaded details.</MessageBarBody>
              </MessageBar>
            )}
            <JobSummary vaultName={vaultName} job={job} now={now} />
            <section aria-labelledby={tasksTitleId}>
              <h3 id={tasksTitleId} className={styles.sectionTitle}>
                Tasks
              </h3>
              <JobTasksTable tasks={job.tasks} now={now} />
            </section>
            {job.errors.length > 0 && <JobErrors errors={job.errors} />}
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
