'use client';

import { ToolbarButton, Tooltip, makeStyles } from '@fluentui/react-components';
import { CommandBar } from '@/components/lists/command-bar';
import { ArrowClockwise20Regular, ArrowSwap20Regular, ArrowSyncCircle20Regular, CheckmarkCircle20Regular, DismissCircle20Regular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usePathname, useRouter } from 'next/navigation';
import { cancelRecoveryPlanReprotectAction } from '@/lib/actions/recovery-plans';
import { isActive } from '@/lib/domain/jobs/job-state';
import type { CommandState, RecoveryPlanDetail } from '@/lib/schemas/recovery-plans';

const useStyles = makeStyles({
  bar: { marginBottom: '12px' },
});

interface RecoveryPlanCommandsProps {
  vaultName: string;
  plan: RecoveryPlanDetail;
  onRefresh(): void;
  refreshing: boolean;
  onCancelResult(message: string | null): void;
}

/** Refresh, Re-Protect, Failover and Commit (each opens its blade in the URL), and Cancel for the plan's running reprotect. */
export function RecoveryPlanCommands({ vaultName, plan, onRefresh, refreshing, onCancelResult }: RecoveryPlanCommandsProps) {
  const styles = useStyles();
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => cancelRecoveryPlanReprotectAction(vaultName, plan.id),
    onSuccess: async (result) => {
      onCancelResult(result.ok ? null : result.error.message);
      await queryClient.invalidateQueries();
    },
    onError: (error) => onCancelResult(`The request did not reach the vault: ${error.message}`),
  });
  const running = plan.latestReprotect && isActive(plan.latestReprotect.state) ? plan.latestReprotect : null;
  const command = (label: string, param: string, icon: ReactElement, state: CommandState) => {
    const button = (
      <ToolbarButton icon={icon} disabledFocusable={!state.enabled} onClick={() => state.enabled && router.push(`${pathname}?${param}=1`, { scroll: false })}>
        {label}
      </ToolbarButton>
    );
    return state.reason ? (
      <Tooltip content={state.reason} relationship="description">
        {button}
      </Tooltip>
    ) : (
      button
    );
  };
  return (
    <CommandBar label="Recovery plan commands" className={styles.bar}>
      <ToolbarButton icon={<ArrowClockwise20Regular />} onClick={onRefresh} disabledFocusable={refreshing}>
        Refresh
      </ToolbarButton>
      {command('Re-Protect', 'reprotect', <ArrowSyncCircle20Regular />, plan.reprotect)}
      {command('Failover', 'failover', <ArrowSwap20Regular />, plan.failover)}
      {command('Commit', 'commit', <CheckmarkCircle20Regular />, plan.commit)}
      {running ? (
        <ToolbarButton
          icon={<DismissCircle20Regular />}
          disabledFocusable={running.cancelRequested || cancel.isPending}
          onClick={() => cancel.mutate()}
        >
          {running.cancelRequested ? 'Cancelling…' : 'Cancel reprotect'}
        </ToolbarButton>
      ) : null}
    </CommandBar>
  );
}
