'use client';

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, type MessageBarProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

// Fluent's message bar lays its text out on one line unless told otherwise; in a blade that line
// runs far past the blade's edge. Every notice wraps, long words and names included.
const useStyles = makeStyles({
  bar: { minWidth: 0, maxWidth: '100%' },
  body: { minWidth: 0, whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

interface NoticeProps {
  intent: NonNullable<MessageBarProps['intent']>;
  title?: string;
  /** Errors are alerts unless said otherwise; null for a message that is part of the form, not news. */
  role?: 'alert' | 'status' | null;
  /** A rule's reason code, so that tests and tooling can find the message of one rule. */
  reasonCode?: string;
  id?: string;
  children?: ReactNode;
}

/** A message in a blade or a page: an outcome, a refusal, a warning. It always wraps inside its container. */
export function Notice({ intent, title, role, reasonCode, id, children }: NoticeProps) {
  const styles = useStyles();
  return (
    <MessageBar
      id={id}
      intent={intent}
      layout="multiline"
      role={role === undefined ? (intent === 'error' ? 'alert' : undefined) : (role ?? undefined)}
      className={styles.bar}
      data-reason-code={reasonCode}
    >
      <MessageBarBody className={styles.body}>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
