'use client';

import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ActionResult } from '@/lib/schemas/action-result';

/** What came of the last lab change: done, refused (with why), or not sent. */
export function LabResult({ result, error, done }: { result?: ActionResult<unknown>; error?: Error | null; done: string }) {
  if (error) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>The change did not reach the server: {error.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!result) return null;
  if (result.ok) {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{done}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Refused</MessageBarTitle>
        {result.error.message}
      </MessageBarBody>
    </MessageBar>
  );
}
