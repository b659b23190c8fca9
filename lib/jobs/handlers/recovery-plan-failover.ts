import { PLAN_COMMIT_SCENARIO, PLAN_COMMIT_STEPS, PLAN_FAILOVER_SCENARIO, PLAN_FAILOVER_STEPS } from '../../domain/jobs/plan-jobs';
import { createPlanFollowerHandler } from './plan-follower';

// The jobs of a recovery plan's failover and commit: they follow the machines' jobs.

export const recoveryPlanFailoverHandler = createPlanFollowerHandler({
  scenarioName: PLAN_FAILOVER_SCENARIO,
  stepName: PLAN_FAILOVER_STEPS[0].name,
  operation: 'failover',
  machineJobName: 'Failover',
  errorCode: 'RecoveryPlanFailoverIncomplete',
  succeededStay: 'The machines that failed over run on-premises, waiting for their commit.',
  restartRefusal: 'A recovery plan failover is not restarted as a whole: restart the failed machine jobs, or fail the plan over again.',
});

export const recoveryPlanCommitHandler = createPlanFollowerHandler({
  scenarioName: PLAN_COMMIT_SCENARIO,
  stepName: PLAN_COMMIT_STEPS[0].name,
  operation: 'commit',
  machineJobName: 'Commit',
  errorCode: 'RecoveryPlanCommitIncomplete',
  succeededStay: 'The machines that were committed stay committed.',
  restartRefusal: 'A recovery plan commit is not restarted as a whole: restart the failed machine jobs, or commit the plan again.',
});
