'use client';

import { Link, MessageBar, MessageBarBody, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { subjectHref } from '@/components/shell/vault-links';
import { LocalTime } from '@/components/shell/local-time';
import type { RecoveryPlanDetail } from '@/lib/schemas/recovery-plans';
import { PlanJobStatus } from './plan-job-status';
import { RecoveryPlanCommands } from './recovery-plan-commands';
import { RecoveryPlanGroups } from './recovery-plan-groups';
import { useRecoveryPlan } from './use-recovery-plans';

const useStyles = makeStyles({
  name: { ...typographyStyles.subtitle1, margin: '0 0 12px' },
  essentials: {
    display: 'grid',
    gridTemplateColumns: 'minmax(140px, max-content) minmax(240px, 420px)',
    columnGap: '24px',
    rowGap: '6px',
    margin: '0 0 20px',
    paddingBottom: '16px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

/** The recovery plan blade: commands, essentials with the latest reprotect, and the groups. */
export function RecoveryPlanView({ vaultName, initialPlan }: { vaultName: string; initialPlan: RecoveryPlanDetail }) {
  const styles = useStyles();
  const result = useRecoveryPlan(vaultName, initialPlan);
  const plan = result.data;
  const [cancelError, setCancelError] = useState<string | null>(null);
  const job = plan.latestOperation;
  return (
    <div>
      <RecoveryPlanCommands
        vaultName={vaultName}
        plan={plan}
        onRefresh={() => void result.refetch()}
        refreshing={result.isFetching}
        onCancelResult={setCancelError}
      />
      {cancelError ? (
        <MessageBar intent="error" role="alert" style={{ marginBottom: 12 }}>
          <MessageBarBody>{cancelError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result.isError ? <Text role="alert">{result.error.message} Showing the last loaded state.</Text> : null}
      <h2 className={styles.name}>{plan.name}</h2>
      <dl className={styles.essentials} aria-label="Essentials">
        <dt className={styles.term}>Machines</dt>
        <dd className={styles.value}>{plan.machineCount}</dd>
        <dt className={styles.term}>Last operation</dt>
        <dd className={styles.value} aria-label="Last operation">
          {job ? (
            <span style={{ display: 'grid', gap: 4 }}>
              <PlanJobStatus state={job.state} progress={job.progress} detail={[job.name, job.stateDescription].filter(Boolean).join(' · ')} label={`${job.name} progress of the plan`} />
              <span>
                {job.startTime ? <LocalTime iso={job.startTime} /> : 'Queued'} ·{' '}
                <Link as="a" href={subjectHref(vaultName, { kind: 'job', id: job.id })} inline>
                  View job
                </Link>
              </span>
            </span>
          ) : (
            'None yet'
          )}
        </dd>
      </dl>
      <RecoveryPlanGroups plan={plan} vaultName={vaultName} />
    </div>
  );
}
