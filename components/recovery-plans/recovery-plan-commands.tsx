'use client';

import { ToolbarButton, Tooltip, makeStyles } from '@fluentui/react-components';
import { CommandBar } from '@/components/lists/command-bar';
import { PermittedToolbarButton } from '@/components/shell/permitted-button';
import { usePermission } from '@/components/shell/vault-access';
import { ArrowClockwise20Regular, ArrowSyncCircle20Regular, DismissCircle20Regular } from '@fluentui/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usePathname, useRouter } from 'next/navigation';
import { cancelRecoveryPlanReprotectAction } from '@/lib/actions/recovery-plans';
import { isActive } from '@/lib/domain/jobs/job-state';
import type { RecoveryPlanDetail } from '@/lib/schemas/recovery-plans';
import { returnFocusAttribute } from '@/components/shell/return-focus';
import { PLAN_REPROTECT_COMMAND_FOCUS } from './plan-links';

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

/** Refresh, Re-Protect (opens the blade in the URL) and Cancel for the plan's running reprotect. */
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
  const roleReason = usePermission('items.reprotect').reason;
  const enabled = plan.reprotect.enabled && roleReason === null;
  const reprotectButton = (
    <ToolbarButton
      icon={<ArrowSyncCircle20Regular />}
      disabledFocusable={!enabled}
      onClick={() => enabled && router.push(`${pathname}?reprotect=1`, { scroll: false })}
      {...returnFocusAttribute(PLAN_REPROTECT_COMMAND_FOCUS)}
    >
      Re-Protect
    </ToolbarButton>
  );
  return (
    <CommandBar label="Recovery plan commands" className={styles.bar}>
      <ToolbarButton icon={<ArrowClockwise20Regular />} onClick={onRefresh} disabledFocusable={refreshing}>
        Refresh
      </ToolbarButton>
      {/* Always in a tooltip, so that the button is not re-created (losing focus) when its reason comes or goes. */}
      <Tooltip content={roleReason ?? plan.reprotect.reason ?? "Reprotect the plan's failed-over machines back to the on-premises site."} relationship="description">
        {reprotectButton}
      </Tooltip>
      {running ? (
        <PermittedToolbarButton
          permission="jobs.manage"
          icon={<DismissCircle20Regular />}
          disabledFocusable={running.cancelRequested || cancel.isPending}
          onClick={() => cancel.mutate()}
        >
          {running.cancelRequested ? 'Cancelling…' : 'Cancel reprotect'}
        </PermittedToolbarButton>
      ) : null}
    </CommandBar>
  );
}
