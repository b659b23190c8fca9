import 'server-only';
import { commitHandler } from './handlers/commit';
import { failoverHandler } from './handlers/failover';
import { recoveryPlanCommitHandler, recoveryPlanFailoverHandler } from './handlers/recovery-plan-failover';
import { recoveryPlanReprotectHandler } from './handlers/recovery-plan-reprotect';
import { reverseReplicationHandler } from './handlers/reverse-replication';
import type { JobHandler } from './types';

export interface JobRegistry {
  get(scenarioName: string): JobHandler | undefined;
  /**
   * The scenarios a runner claims: jobs of any other kind are left alone. `work` or
   * `follow` narrows them to the jobs that do work, or to those that follow children.
   */
  scenarios(kind?: 'work' | 'follow'): string[];
}

export function createRegistry(handlers: readonly JobHandler[]): JobRegistry {
  const byScenario = new Map<string, JobHandler>();
  for (const handler of handlers) {
    if (byScenario.has(handler.scenarioName)) throw new Error(`Two job handlers for scenario ${handler.scenarioName}.`);
    byScenario.set(handler.scenarioName, handler);
  }
  return {
    get: (scenarioName) => byScenario.get(scenarioName),
    scenarios: (kind) =>
      [...byScenario.values()]
        .filter((handler) => kind === undefined || (kind === 'follow') === Boolean(handler.followsChildren))
        .map((handler) => handler.scenarioName),
  };
}

/**
 * The jobs this portal runs: the failback cycle's operations on items and on plans.
 * Seeded history (an enable replication, failovers to Azure) has finished, or has
 * tasks no handler defines, so no runner runs it again and a restart is refused.
 */
export const defaultRegistry = createRegistry([
  reverseReplicationHandler,
  recoveryPlanReprotectHandler,
  failoverHandler,
  commitHandler,
  recoveryPlanFailoverHandler,
  recoveryPlanCommitHandler,
]);
