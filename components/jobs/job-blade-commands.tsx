'use client';

import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  ToolbarButton,
  Tooltip,
  makeStyles,
} from '@fluentui/react-components';
import { CommandBar } from '@/components/lists/command-bar';
import { ArrowClockwise20Regular, ArrowRepeatAll20Regular, DismissCircle20Regular } from '@fluentui/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { cancelJobAction, restartJobAction } from '@/lib/actions/jobs';
import { jobActionUnavailableReason } from '@/lib/domain/jobs/job-display';
import { jobKeys, replicatedItemKeys, vaultKeys } from '@/lib/queries/keys';
import type { ActionResult } from '@/lib/schemas/action-result';
import type { JobDetail } from '@/lib/schemas/jobs-page';
import { usePermission } from '@/components/shell/vault-access';
import { sendUntilNotBusy } from '@/components/operations/send-until-not-busy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
});

type Command = 'Cancel' | 'Restart';

const ACTIONS: Record<Command, (vaultName: string, jobId: string) => Promise<ActionResult<null>>> = {
  Cancel: cancelJobAction,
  Restart: restartJobAction,
};

const PURPOSE: Record<Command, string> = {
  Cancel: 'Stops the job at the end of its current task and returns the item to its previous state.',
  Restart: 'Starts the job’s next attempt at the task that failed; finished tasks, and the attempt that failed, are kept.',
};

const DONE: Record<Command, string> = {
  Cancel: 'Cancellation requested. The job stops at the end of its current task and the item returns to its previous state.',
  Restart: 'The job’s next attempt was queued. It resumes at the task that failed; the attempt that failed is kept under Earlier attempts.',
};

interface JobBladeCommandsProps {
  vaultName: string;
  job: JobDetail;
  refreshing: boolean;
  onRefresh: () => void;
}

/** Refresh, Cancel and Restart: each enabled only when the job's allowedActions include it. */
export function JobBladeCommands({ vaultName, job, refreshing, onRefresh }: JobBladeCommandsProps) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const command = useMutation({
    mutationFn: async (which: Command) => ({ which, result: await sendUntilNotBusy((id: string) => ACTIONS[which](vaultName, id))(job.id) }),
    onSettled: async () => {
      // The item's status, the list and the overview's counts all follow the job.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: jobKeys.all }),
        queryClient.invalidateQueries({ queryKey: replicatedItemKeys.all }),
        queryClient.invalidateQueries({ queryKey: vaultKeys.all }),
      ]);
    },
  });
  const outcome = command.data;

  const roleReason = usePermission('jobs.manage').reason;

  function commandButton(which: Command, icon: ReactElement) {
    const reason = roleReason ?? jobActionUnavailableReason(which, job.state, job.cancelRequested, job.scenarioName);
    const pending = command.isPending && command.variables === which;
    const button = (
      <ToolbarButton
        icon={pending ? <Spinner size="tiny" /> : icon}
        disabledFocusable={reason !== null || command.isPending}
        onClick={() => command.mutate(which)}
      >
        {which}
      </ToolbarButton>
    );
    // A disabled button says why (disabledFocusable keeps it reachable for the tooltip). The
    // tooltip is always there, so the button is not remounted, and does not lose focus, when the job changes.
    return (
      <Tooltip content={reason ?? PURPOSE[which]} relationship="description" withArrow>
        {button}
      </Tooltip>
    );
  }

  return (
    <div className={styles.root}>
      <CommandBar label="Job commands">
        <ToolbarButton icon={<ArrowClockwise20Regular />} onClick={onRefresh} disabledFocusable={refreshing}>
          Refresh
        </ToolbarButton>
        {commandButton('Cancel', <DismissCircle20Regular />)}
        {commandButton('Restart', <ArrowRepeatAll20Regular />)}
      </CommandBar>
      {command.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The request did not reach the vault</MessageBarTitle>
            {command.error.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && !outcome.result.ok && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{outcome.which} was refused</MessageBarTitle>
            {outcome.result.error.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.result.ok && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{DONE[outcome.which]}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
