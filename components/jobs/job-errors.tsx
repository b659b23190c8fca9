'use client';

import { makeStyles, tokens, typographyStyles, useId } from '@fluentui/react-components';
import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from '@fluentui/react-icons';
import { LocalTime } from '@/components/shell/local-time';
import type { JobErrorDetails } from '@/lib/schemas/jobs-page';

const useStyles = makeStyles({
  title: { ...typographyStyles.subtitle2, margin: '0 0 8px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  error: {
    padding: '12px 16px',
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { ...typographyStyles.body1Strong, display: 'flex', alignItems: 'center', gap: '8px', margin: '0 0 4px' },
  icon: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  message: { ...typographyStyles.body1, margin: '0 0 8px' },
  fields: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '16px', rowGap: '6px', margin: 0 },
  term: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  value: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
});

const LEVEL_ICONS = { Error: ErrorCircle20Filled, Warning: Warning20Filled, Info: Info20Filled } as const;

interface JobErrorsProps {
  errors: JobErrorDetails[];
  title: string;
  /** Added to each error's name where errors of several attempts are on screen ("of attempt 1"). */
  suffix?: string;
}

/** The service's error details (providerErrorDetails) of one attempt, newest first. */
export function JobErrors({ errors, title, suffix }: JobErrorsProps) {
  const styles = useStyles();
  const titleId = useId('job-errors');
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {title}
      </h3>
      <ul className={styles.list}>
        {errors.map((error) => {
          const Icon = LEVEL_ICONS[error.errorLevel];
          return (
            <li key={error.id} className={styles.error} aria-label={suffix ? `Error ${error.errorCode} ${suffix}` : `Error ${error.errorCode}`}>
              <p className={styles.heading}>
                <Icon aria-hidden className={styles.icon} />
                Error code {error.errorCode}
              </p>
              <p className={styles.message}>{error.errorMessage}</p>
              <dl className={styles.fields}>
                <dt className={styles.term}>Possible causes</dt>
                <dd className={styles.value}>{error.possibleCauses}</dd>
                <dt className={styles.term}>Recommended action</dt>
                <dd className={styles.value}>{error.recommendedAction}</dd>
                {error.taskName && (
                  <>
                    <dt className={styles.term}>Task</dt>
                    <dd className={styles.value}>{error.taskName}</dd>
                  </>
                )}
                <dt className={styles.term}>Time</dt>
                <dd className={styles.value}>
                  <LocalTime iso={error.creationTime} />
                </dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
