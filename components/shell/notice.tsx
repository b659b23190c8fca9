'use client';

import { MessageBar, MessageBarBody, MessageBarTitle, type MessageBarProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

interface NoticeProps {
  intent: NonNullable<MessageBarProps['intent']>;
  title: string;
  children?: ReactNode;
}

/** A titled message in a blade: an outcome, a refusal, a warning. Errors are announced as alerts. */
export function Notice({ intent, title, children }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === 'error' ? 'alert' : undefined}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
