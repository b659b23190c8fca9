'use client';

import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Notice } from '@/components/shell/notice';
import { subjectHref } from '@/components/shell/vault-links';
import type { ActionResult } from '@/lib/schemas/action-result';

interface OperationOutcomeProps {
  vaultName: string;
  /** The operation as its job is named: "Failover", "Commit", "Reprotect". */
  operation: string;
  /** What the job now does, shown once it is queued. */
  started: string;
  result: ActionResult<{ jobId: string }> | undefined;
  requestError: Error | null;
}

/** What became of OK in a blade: the job started (with a link to it), a refusal, or no answer. */
export function OperationOutcome({ vaultName, operation, started, result, requestError }: OperationOutcomeProps) {
  if (requestError) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>The request did not reach the vault: {requestError.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!result) return null;
  if (result.ok) {
    return (
      <Notice intent="success" title={`${operation} started`}>
        {started}{' '}
        <Link as="a" href={subjectHref(vaultName, { kind: 'job', id: result.data.jobId })}>
          Track its progress in Jobs
        </Link>
      </Notice>
    );
  }
  return (
    <Notice intent="error" title={result.error.kind === 'conflict' ? 'Another operation is running' : `${operation} was refused`}>
      {result.error.message}
    </Notice>
  );
}
