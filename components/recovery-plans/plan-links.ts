import { vaultPath } from '@/components/shell/vault-sections';

/** The plan's page (the URL the reprotect reasons link to). */
export const planHref = (vaultName: string, planId: string) => `${vaultPath(vaultName, 'recovery-plans')}/${encodeURIComponent(planId)}`;

/** Where focus goes back to when the plan's Re-Protect blade closes. */
export const PLAN_REPROTECT_COMMAND_FOCUS = 'plan-reprotect-command';

/** Where focus goes back to when the plan's Failover or Commit blade closes. */
export const PLAN_FAILOVER_COMMAND_FOCUS = 'plan-failover-command';
export const PLAN_COMMIT_COMMAND_FOCUS = 'plan-commit-command';
