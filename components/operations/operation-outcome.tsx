'use client';

import { Notice } from '@/components/shell/notice';
import type { ActionFailure, ActionResult } from '@/lib/schemas/action-result';

interface OperationOutcomeProps {
  /** The operation as its job is named: "Failover", "Commit", "Reprotect". */
  operation: string;
  result: ActionResult<{ jobId: string }> | undefined;
  requestError: Error | null;
}

const TITLES: Partial<Record<ActionFailure['kind'], string>> = {
  conflict: 'Another operation is running',
  busy: 'The vault is busy',
};

/**
 * What became of OK in a blade when no job started: a refusal, or no answer. A job that
 * started closes the blade and says so in a notification (useOperationSubmit).
 */
export function OperationOutcome({ operation, result, requestError }: OperationOutcomeProps) {
  if (requestError) return <Notice intent="error">The request did not reach the vault: {requestError.message}</Notice>;
  if (!result || result.ok) return null;
  return (
    <Notice intent="error" title={TITLES[result.error.kind] ?? `${operation} was refused`}>
      {result.error.message}
    </Notice>
  );
}
