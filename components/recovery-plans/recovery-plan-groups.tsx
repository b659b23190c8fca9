'use client';

import {
  Badge,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Tooltip,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import NextLink from 'next/link';
import { itemHref } from '@/components/replicated-items/replicated-item-cells';
import { StatusIcon } from '@/components/replicated-items/status-icon';
import { activeLocationLabel } from '@/lib/domain/protection-status';
import type { RecoveryPlanDetail, RecoveryPlanMachine } from '@/lib/schemas/recovery-plans';
import { PlanJobStatus } from './plan-job-status';

const useStyles = makeStyles({
  groups: { display: 'grid', gap: '20px' },
  title: { ...typographyStyles.subtitle2, margin: '0 0 4px' },
  note: { color: tokens.colorNeutralForeground3 },
  table: { tableLayout: 'fixed', minWidth: '960px' },
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** For each replication group, the names of its machines in the plan. */
function groupMembers(plan: RecoveryPlanDetail): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const machine of plan.groups.flatMap((group) => group.machines)) {
    if (!machine.replicationGroup) continue;
    members.set(machine.replicationGroup.id, [...(members.get(machine.replicationGroup.id) ?? []), machine.name]);
  }
  return members;
}

function ReplicationGroupBadge({ machine, members }: { machine: RecoveryPlanMachine; members: Map<string, string[]> }) {
  const group = machine.replicationGroup;
  if (!group) return <span aria-label="Not in a replication group">—</span>;
  const others = (members.get(group.id) ?? []).filter((name) => name !== machine.name);
  const shared = others.length > 0 ? `Shares replication group ${group.name} with ${others.join(', ')}` : `Replication group ${group.name}`;
  return (
    <Tooltip content={`${shared}: these machines are reprotected together, through one master target, and fail over to their common points.`} relationship="description">
      <Badge appearance="tint" color="informative" tabIndex={0}>
        {group.name}
      </Badge>
    </Tooltip>
  );
}

/** The plan's groups in the order they run, each with its machines, their state and their job in the plan's last operation. */
export function RecoveryPlanGroups({ plan, vaultName }: { plan: RecoveryPlanDetail; vaultName: string }) {
  const styles = useStyles();
  const members = groupMembers(plan);
  return (
    <div className={styles.groups}>
      {plan.groups.map((group) => (
        <section key={group.id} aria-label={group.title}>
          <h3 className={styles.title}>{group.title}</h3>
          {group.machines.length === 0 ? (
            <Caption1 className={styles.note}>A step of every group: no machines are listed in it.</Caption1>
          ) : (
            <div style={{ overflowX: 'auto' }}>
              <Table aria-label={`Machines of ${group.title}`} className={styles.table} size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell style={{ width: '18%' }}>Name</TableHeaderCell>
                    <TableHeaderCell style={{ width: '17%' }}>Status</TableHeaderCell>
                    <TableHeaderCell style={{ width: '20%' }}>OS</TableHeaderCell>
                    <TableHeaderCell style={{ width: '15%' }}>Replication group</TableHeaderCell>
                    <TableHeaderCell style={{ width: '30%' }}>Last operation</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {group.machines.map((machine) => (
                    <TableRow key={machine.id} aria-label={machine.name}>
                      <TableCell>
                        <NextLink href={itemHref(vaultName, machine.id)} className={styles.link} prefetch={false}>
                          {machine.name}
                        </NextLink>
                      </TableCell>
                      <TableCell>
                        <TableCellLayout media={<StatusIcon tone={machine.statusTone} />} description={activeLocationLabel(machine.activeLocation)}>
                          {machine.statusText}
                        </TableCellLayout>
                      </TableCell>
                      <TableCell>{machine.osName}</TableCell>
                      <TableCell>
                        <ReplicationGroupBadge machine={machine} members={members} />
                      </TableCell>
                      <TableCell>
                        {machine.job ? (
                          <PlanJobStatus
                            state={machine.job.state}
                            progress={machine.job.progress}
                            detail={[machine.job.name, machine.job.currentTask].filter(Boolean).join(': ')}
                            label={`${machine.job.name} progress of ${machine.name}`}
                          />
                        ) : (
                          '—'
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
