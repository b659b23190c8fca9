import 'server-only';
import { recoveryPlanReprotectHandler } from './handlers/recovery-plan-reprotect';
import { reprotectHandler } from './handlers/reprotect';
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
 * The jobs this portal runs. Seeded history (failovers, commits) has scenarios with
 * no handler, so no runner ever claims or restarts it.
 */
export const defaultRegistry = createRegistry([reprotectHandler, recoveryPlanReprotectHandler]);
