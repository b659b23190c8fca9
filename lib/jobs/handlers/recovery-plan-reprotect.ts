import 'server-only';
import { PLAN_REPROTECT_SCENARIO, PLAN_REPROTECT_STEPS } from '../../domain/reprotect/plan-job';
import { createPlanFollowerHandler } from './plan-follower';

// The job of a recovery plan's reprotect, either way: it follows the machines' Reprotect jobs.
export const recoveryPlanReprotectHandler = createPlanFollowerHandler({
  scenarioName: PLAN_REPROTECT_SCENARIO,
  stepName: PLAN_REPROTECT_STEPS[0].name,
  operation: 'reprotect',
  machineJobName: 'Reprotect',
  errorCode: 'RecoveryPlanReprotectIncomplete',
  succeededStay: 'The machines that succeeded stay protected.',
  restartRefusal: 'A recovery plan reprotect is not restarted as a whole: restart the failed machine jobs, or reprotect the plan again.',
});
