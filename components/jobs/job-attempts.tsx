'use client';

import { makeStyles, tokens, typographyStyles, useId } from '@fluentui/react-components';
import { attemptStarterText } from '@/lib/domain/jobs/job-attempts';
import { jobStateLabel } from '@/lib/domain/protection-status';
import type { JobAttempt } from '@/lib/schemas/jobs-page';
import { JobTime } from './job-cells';
import { JobErrors } from './job-errors';
import { JobTasksTable } from './job-tasks-table';

const useStyles = makeStyles({
  title: { ...typographyStyles.subtitle2, margin: '0 0 8px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  attempt: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  summary: {
    ...typographyStyles.body1,
    cursor: 'pointer',
    padding: '8px 12px',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  body: { display: 'flex', flexDirection: 'column', gap: '16px', padding: '4px 12px 12px' },
  starter: { color: tokens.colorNeutralForeground3 },
});

function AttemptSummary({ attempt }: { attempt: JobAttempt }) {
  const styles = useStyles();
  const firstError = attempt.errors[0];
  return (
    <summary className={styles.summary}>
      <strong>Attempt {attempt.number}</strong> · {jobStateLabel(attempt.state)}
      {firstError && ` · Error ${firstError.errorCode}`} · <JobTime iso={attempt.startTime} missing="Not started" /> –{' '}
      <JobTime iso={attempt.endTime} missing="Not finished" /> · <span className={styles.starter}>Started by {attemptStarterText(attempt)}</span>
    </summary>
  );
}

/**
 * The attempts a restarted job made before its current one, newest first, each as it
 * ended: its tasks and its errors, labelled with its number so that an old error is
 * never read as the job's present state.
 */
export function JobEarlierAttempts({ attempts }: { attempts: JobAttempt[] }) {
  const styles = useStyles();
  const titleId = useId('job-attempts');
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        Earlier attempts
      </h3>
      <ul className={styles.list}>
        {attempts.map((attempt) => (
          <li key={attempt.number} className={styles.attempt}>
            <details>
              <AttemptSummary attempt={attempt} />
              <div className={styles.body}>
                <JobTasksTable tasks={attempt.tasks} live={false} attempt={attempt.number} label={`Tasks of attempt ${attempt.number}`} />
                {attempt.errors.length > 0 && (
                  <JobErrors errors={attempt.errors} title={`Error details of attempt ${attempt.number}`} suffix={`of attempt ${attempt.number}`} />
                )}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
