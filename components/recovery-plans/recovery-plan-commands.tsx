'use client';

import { useOpenBlade } from '@/components/shell/use-blade-close';
import { ToolbarButton, Tooltip, makeStyles } from '@fluentui/react-components';
import { CommandBar } from '@/components/lists/command-bar';
import { PermittedToolbarButton } from '@/components/shell/permitted-button';
import { usePermission } from '@/components/shell/vault-access';
import { ArrowClockwise20Regular, ArrowSwap20Regular, ArrowSyncCircle20Regular, CheckmarkCircle20Regular, DismissCircle20Regular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usePathname } from 'next/navigation';
import { cancelRecoveryPlanReprotectAction } from '@/lib/actions/recovery-plans';
import type { Permission } from '@/lib/domain/access/roles';
import { isActive } from '@/lib/domain/jobs/job-state';
import type { CommandState, RecoveryPlanDetail } from '@/lib/schemas/recovery-plans';
import { returnFocusAttribute } from '@/components/shell/return-focus';
import { sendUntilNotBusy } from '@/components/operations/send-until-not-busy';
import { PLAN_COMMIT_COMMAND_FOCUS, PLAN_FAILOVER_COMMAND_FOCUS, PLAN_REPROTECT_COMMAND_FOCUS } from './plan-links';

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

interface PlanCommandProps {
  label: string;
  /** The search parameter that opens the command's blade. */
  param: string;
  icon: ReactElement;
  permission: Permission;
  /** What the plan's state allows. */
  state: CommandState;
  /** Said when nothing stands in the way. */
  description: string;
  focusKey: string;
}

/** A plan command that opens its blade: off with the role's reason first, then the plan's. */
function PlanCommand({ label, param, icon, permission, state, description, focusKey }: PlanCommandProps) {
  const openBlade = useOpenBlade();
  const pathname = usePathname();
  const roleReason = usePermission(permission).reason;
  const enabled = state.enabled && roleReason === null;
  // Always in a tooltip, so that the button is not re-created (losing focus) when its reason comes or goes.
  return (
    <Tooltip content={roleReason ?? state.reason ?? description} relationship="description">
      <ToolbarButton
        icon={icon}
        disabledFocusable={!enabled}
        onClick={() => enabled && openBlade(`${pathname}?${param}=1`)}
        {...returnFocusAttribute(focusKey)}
      >
        {label}
      </ToolbarButton>
    </Tooltip>
  );
}

/** Refresh, Re-Protect, Failover and Commit (each opens its blade in the URL), and Cancel for the plan's running reprotect. */
export function RecoveryPlanCommands({ vaultName, plan, onRefresh, refreshing, onCancelResult }: RecoveryPlanCommandsProps) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => sendUntilNotBusy((id: string) => cancelRecoveryPlanReprotectAction(vaultName, id))(plan.id),
    onSuccess: async (result) => {
      onCancelResult(result.ok ? null : result.error.message);
      await queryClient.invalidateQueries();
    },
    onError: (error) => onCancelResult(`The request did not reach the vault: ${error.message}`),
  });
  const running = plan.latestReprotect && isActive(plan.latestReprotect.state) ? plan.latestReprotect : null;
  const toAzure = plan.reprotectDirection === 'PrimaryToRecovery';
  return (
    <CommandBar label="Recovery plan commands" className={styles.bar}>
      <ToolbarButton icon={<ArrowClockwise20Regular />} onClick={onRefresh} disabledFocusable={refreshing}>
        Refresh
      </ToolbarButton>
      <PlanCommand
        label="Re-Protect"
        param="reprotect"
        icon={<ArrowSyncCircle20Regular />}
        permission="items.reprotect"
        state={plan.reprotect}
        description={toAzure ? "Reprotect the plan's machines from the on-premises site to Azure." : "Reprotect the plan's failed-over machines back to the on-premises site."}
        focusKey={PLAN_REPROTECT_COMMAND_FOCUS}
      />
      <PlanCommand
        label="Failover"
        param="failover"
        icon={<ArrowSwap20Regular />}
        permission="items.failover"
        state={plan.failover}
        description="Fail the plan's machines over from Azure to the on-premises site."
        focusKey={PLAN_FAILOVER_COMMAND_FOCUS}
      />
      <PlanCommand
        label="Commit"
        param="commit"
        icon={<CheckmarkCircle20Regular />}
        permission="items.failover"
        state={plan.commit}
        description="Commit the failover of the plan's machines."
        focusKey={PLAN_COMMIT_COMMAND_FOCUS}
      />
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
