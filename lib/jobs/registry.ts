import { recoveryPlanReprotectHandler } from './handlers/recovery-plan-reprotect';
import { reprotectHandler } from './handlers/reprotect';
import type { JobHandler } from './types';

export interface JobRegistry {
  get(scenarioName: string): JobHandler | undefined;
  /** The scenarios a runner claims: jobs of any other kind are left alone. */
  scenarios(): string[];
}

export function createRegistry(handlers: readonly JobHandler[]): JobRegistry {
  const byScenario = new Map<string, JobHandler>();
  for (const handler of handlers) {
    if (byScenario.has(handler.scenarioName)) throw new Error(`Two job handlers for scenario ${handler.scenarioName}.`);
    byScenario.set(handler.scenarioName, handler);
  }
  return {
    get: (scenarioName) => byScenario.get(scenarioName),
    scenarios: () => [...byScenario.keys()],
  };
}

/**
 * The jobs this portal runs. Seeded history (failovers, commits) has scenarios with
 * no handler, so no runner ever claims or restarts it.
 */
export const defaultRegistry = createRegistry([reprotectHandler, recoveryPlanReprotectHandler]);
