'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postNotification } from '@/components/shell/notifications/notifications-store';
import { subjectHref } from '@/components/shell/vault-links';
import type { ActionFailure, ActionResult } from '@/lib/schemas/action-result';
import { sendUntilNotBusy } from './send-until-not-busy';

interface OperationSubmitOptions<Input> {
  vaultName: string;
  send(input: Input): Promise<ActionResult<{ jobId: string }>>;
  /** What the notification says once the job is queued. */
  started: { title: string; message: string };
  /** Closes the blade (and gives focus back to what opened it). */
  close(): void;
  /** A refusal's field errors, for the form to show under its fields. */
  onRefused?(error: ActionFailure): void;
}

/**
 * OK in a blade of the failback cycle, as the Re-Protect blade does it: one outcome, as in
 * the Azure portal. Once the job is queued the blade closes and a notification in the top
 * bar says what started, with a link to its job; a refusal stays in the blade.
 */
export function useOperationSubmit<Input>({ vaultName, send, started, close, onRefused }: OperationSubmitOptions<Input>) {
  const queryClient = useQueryClient();
  const submit = useMutation({
    mutationFn: sendUntilNotBusy<Input, { jobId: string }>(send),
    onSuccess: async (result) => {
      if (!result.ok) {
        onRefused?.(result.error);
        return;
      }
      postNotification({
        intent: 'success',
        title: started.title,
        message: started.message,
        link: { href: subjectHref(vaultName, { kind: 'job', id: result.data.jobId }), label: 'Track its progress in Jobs' },
      });
      close();
      await queryClient.invalidateQueries();
    },
  });
  // From OK until the blade has gone, nothing in it can be changed again.
  const settling = submit.isPending || submit.data?.ok === true;
  return { submit, settling };
}
