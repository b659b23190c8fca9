'use client';

import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  typographyStyles,
} from '@fluentui/react-components';
import NextLink from 'next/link';
import { useGridStyles } from '@/components/lists/grid-styles';
import { ListCommandBar } from '@/components/lists/list-command-bar';
import { LocalTime } from '@/components/shell/local-time';
import type { RecoveryPlanRow } from '@/lib/schemas/recovery-plans';
import { planHref } from './plan-links';
import { PlanJobStatus } from './plan-job-status';
import { useRecoveryPlans } from './use-recovery-plans';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', minWidth: '960px' },
  empty: { padding: '40px 16px', textAlign: 'center', ...typographyStyles.body1Strong },
  badges: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
});

/** The Recovery plans blade: each plan, its size, and what last ran on it. */
export function RecoveryPlansTable({ vaultName, initialPlans }: { vaultName: string; initialPlans: RecoveryPlanRow[] }) {
  const styles = useStyles();
  const grid = useGridStyles();
  const result = useRecoveryPlans(vaultName, initialPlans);
  const plans = result.data;
  return (
    <div>
      <ListCommandBar label="Recovery plans commands" onRefresh={() => void result.refetch()} refreshing={result.isFetching} />
      {result.isError ? <Text role="alert">{result.error.message} Showing the last loaded list.</Text> : null}
      <div style={{ overflowX: 'auto' }}>
        <Table aria-label="Recovery plans" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '20%' }}>Name</TableHeaderCell>
              <TableHeaderCell style={{ width: '10%' }}>Machines</TableHeaderCell>
              <TableHeaderCell style={{ width: '10%' }}>Groups</TableHeaderCell>
              <TableHeaderCell style={{ width: '18%' }}>Replication groups</TableHeaderCell>
              <TableHeaderCell style={{ width: '12%' }}>Last job</TableHeaderCell>
              <TableHeaderCell style={{ width: '16%' }}>Last job status</TableHeaderCell>
              <TableHeaderCell style={{ width: '14%' }}>Last job started</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plans.map((plan) => (
              <TableRow key={plan.id}>
                <TableCell>
                  <NextLink href={planHref(vaultName, plan.id)} className={grid.link}>
                    {plan.name}
                  </NextLink>
                </TableCell>
                <TableCell>{plan.machineCount}</TableCell>
                <TableCell>{plan.groupCount}</TableCell>
                <TableCell>
                  <span className={styles.badges}>
                    {plan.replicationGroups.length === 0
                      ? '—'
                      : plan.replicationGroups.map((name) => (
                          <Badge key={name} appearance="tint" color="informative">
                            {name}
                          </Badge>
                        ))}
                  </span>
                </TableCell>
                <TableCell>{plan.lastJob?.name ?? '—'}</TableCell>
                <TableCell>
                  {plan.lastJob ? (
                    <PlanJobStatus state={plan.lastJob.state} progress={plan.lastJob.progress} detail={plan.lastJob.stateDescription} label={`Progress of ${plan.name}`} />
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>{plan.lastJob?.startTime ? <LocalTime iso={plan.lastJob.startTime} /> : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {plans.length === 0 ? <p className={styles.empty}>This vault has no recovery plans</p> : null}
    </div>
  );
}

