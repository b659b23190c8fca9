import { IntentLink } from './intent-link';
import { NativeButton } from '@/components/ui/buttons';
import listStyles from '@/components/lists/lists.module.css';
import { PortalTopBar } from './portal-top-bar';
import { ProblemIcon } from './problem-icon';
import styles from './shell.module.css';

export interface ProblemViewProps {
  kind: 'not-found' | 'error';
  title: string;
  message: string;
  /** The error's reference, as the server log records it. */
  reference?: string;
  onRetry?: () => void;
}

/**
 * A whole-page problem in the portal's frame: a page that does not exist, or one that failed to
 * render. Plain markup, so that the not-found page a server component renders costs no JavaScript.
 */
export function ProblemView({ kind, title, message, reference, onRetry }: ProblemViewProps) {
  return (
    <>
      <PortalTopBar />
      <main className={styles.problem}>
        <span className={styles.problemIcon} aria-hidden>
          <ProblemIcon kind={kind} />
        </span>
        <h1 className={styles.problemTitle}>{title}</h1>
        <p className={styles.problemHint}>{message}</p>
        {kind === 'error' ? (
          <p className={styles.problemHint} role="note">
            Reference: <span className={styles.reference}>{reference ?? 'none (the error happened in this browser)'}</span>
          </p>
        ) : null}
        <div className={styles.problemActions}>
          {onRetry ? (
            <NativeButton appearance="primary" onClick={onRetry}>
              Try again
            </NativeButton>
          ) : null}
          <IntentLink href="/" className={listStyles.link}>
            Go to the portal&apos;s home page
          </IntentLink>
        </div>
      </main>
    </>
  );
}
