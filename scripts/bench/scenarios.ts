import type { Db } from '../../lib/data/db';
import { armApi } from './scenarios/arm';
import { authorization } from './scenarios/authorization';
import { jobsList, jobsLoad } from './scenarios/jobs';
import { firstPaint } from './scenarios/lighthouse';
import { planFailover } from './scenarios/plan-failover';
import { recoveryPlan } from './scenarios/recovery-plan';
import { replicatedItems } from './scenarios/replicated-items';
import { reprotectBlade } from './scenarios/reprotect-blade';

export interface ScenarioContext<T> {
  db: Db;
  baseUrl: string;
  databaseUrl: string;
  /** The portal's first process: its tree is the portal whose memory is reported. */
  portalPid: number;
  data: T;
}

export interface Scenario<T = unknown> {
  name: string;
  title: string;
  prepare(db: Db): Promise<T>;
  /** Prints its figures; true when the target is met. */
  run(context: ScenarioContext<T>): Promise<boolean>;
}

export function defineScenario<T>(scenario: Scenario<T>): Scenario<unknown> {
  return scenario as Scenario<unknown>;
}

export const SCENARIOS: Scenario<unknown>[] = [replicatedItems, reprotectBlade, jobsList, jobsLoad, recoveryPlan, planFailover, armApi, authorization, firstPaint];
