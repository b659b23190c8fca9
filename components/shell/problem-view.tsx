'use client';

import { Button, Link, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ErrorCircleRegular, DocumentSearchRegular } from '@fluentui/react-icons';
import { PortalTopBar } from './portal-top-bar';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '8px',
    paddingTop: '120px',
    textAlign: 'center',
  },
  icon: { fontSize: '48px', color: tokens.colorNeutralForeground3 },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  hint: { maxWidth: '520px', color: tokens.colorNeutralForeground2 },
  reference: { fontFamily: tokens.fontFamilyMonospace, userSelect: 'all' },
  actions: { display: 'flex', gap: '12px', alignItems: 'center', marginTop: '8px' },
});

export interface ProblemViewProps {
  kind: 'not-found' | 'error';
  title: string;
  message: string;
  /** The error's reference, as the server log records it. */
  reference?: string;
  onRetry?: () => void;
}

/** A whole-page problem in the portal's frame: a page that does not exist, or one that failed to render. */
export function ProblemView({ kind, title, message, reference, onRetry }: ProblemViewProps) {
  const styles = useStyles();
  const Icon = kind === 'not-found' ? DocumentSearchRegular : ErrorCircleRegular;
  return (
    <>
      <PortalTopBar />
      <main className={styles.main}>
        <Icon aria-hidden className={styles.icon} />
        <h1 className={styles.title}>{title}</h1>
        <Text className={styles.hint}>{message}</Text>
        {kind === 'error' ? (
          <Text className={styles.hint} role="note">
            Reference: <span className={styles.reference}>{reference ?? 'none (the error happened in this browser)'}</span>
          </Text>
        ) : null}
        <div className={styles.actions}>
          {onRetry ? (
            <Button appearance="primary" onClick={onRetry}>
              Try again
            </Button>
          ) : null}
          <Link href="/">Go to the portal&apos;s home page</Link>
        </div>
      </main>
    </>
  );
}
